import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { message } from '../../../shared/i18n/message.js';
import { translator } from '../../../shared/i18n/translator.js';
import { memoryStorage } from '../../../renderer/app/KeyValueStorage.js';
import { StoreProvider } from '../../../renderer/app/StoreContext.js';
import { ToastStack } from '../../../renderer/app/Toasts.js';
import { UiStore } from '../../../renderer/app/UiStore.js';
import { UndoRedoButtons } from '../../../renderer/app/UndoRedoButtons.js';
import { assignCommand } from '../../../renderer/board/assignmentCommands.js';
import { createRendererI18n, followLanguage } from '../../../renderer/i18n/rendererI18n.js';
import { useT, useTranslator } from '../../../renderer/i18n/useT.js';
import { openHarness, type Harness } from './harness.js';

/**
 * The renderer's i18next instance and our hook over react-i18next, rendered with React's
 * server renderer (no DOM in these tests): the hook's texts in the chosen language, the
 * switch in one place, and kept texts (toasts, undo labels) that follow the switch.
 */

function renderWith(instance: i18n, node: ReactNode): string {
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n: instance }, node));
}

function UndoWord() {
  const t = useT();
  return createElement('span', null, t('undo.undo'));
}

function Exported({ count }: { count: number }) {
  const { render } = useTranslator();
  return createElement('p', null, render(message('exchange.exportedAll', { count })));
}

describe('the renderer i18next instance and useT', () => {
  it('renders in the language it starts in', () => {
    expect(renderWith(createRendererI18n('nl'), createElement(UndoWord))).toBe('<span>Ongedaan maken</span>');
    expect(renderWith(createRendererI18n('en'), createElement(UndoWord))).toBe('<span>Undo</span>');
  });

  it('follows the UI store: a switch announces languageChanged (what react-i18next re-renders on) and the next render is English', () => {
    const ui = new UiStore(memoryStorage());
    const instance = createRendererI18n(ui.lang);
    const stop = followLanguage(instance, () => ui.lang);
    const changes: string[] = [];
    instance.on('languageChanged', (lang: string) => changes.push(lang));
    expect(renderWith(instance, createElement(UndoWord))).toBe('<span>Ongedaan maken</span>');

    ui.setLang('en');
    expect(changes).toEqual(['en']);
    expect(renderWith(instance, createElement(UndoWord))).toBe('<span>Undo</span>');

    stop();
    ui.setLang('nl');
    expect(changes).toEqual(['en']);
  });

  it('picks the plural form by count and writes the count as the language does', () => {
    const nl = createRendererI18n('nl');
    const en = createRendererI18n('en');
    expect(renderWith(nl, createElement(Exported, { count: 1 }))).toBe('<p>1 teamplan is geëxporteerd.</p>');
    expect(renderWith(nl, createElement(Exported, { count: 1500 }))).toBe(
      '<p>1.500 teamplannen zijn geëxporteerd.</p>',
    );
    expect(renderWith(en, createElement(Exported, { count: 1 }))).toBe('<p>1 team plan was exported.</p>');
    expect(renderWith(en, createElement(Exported, { count: 1500 }))).toBe('<p>1,500 team plans were exported.</p>');
  });

  it('prepares parameters exactly as the node-side translator does', () => {
    const params = { name: 'Anna', fn: { nl: 'Toegang', en: 'Access' }, what: message('nav.board'), hours: 4.5 };
    function Probe() {
      const { t } = useTranslator();
      return createElement(
        'p',
        null,
        t('hours.titleAdd', params),
        ' | ',
        t('undo.undoWhat', params),
        ' | ',
        t('pool.free', params),
      );
    }
    for (const lang of ['nl', 'en'] as const) {
      const node = translator(lang);
      const expected = `<p>${node.t('hours.titleAdd', params)} | ${node.t('undo.undoWhat', params)} | ${node.t('pool.free', params)}</p>`;
      expect(renderWith(createRendererI18n(lang), createElement(Probe))).toBe(expected);
    }
  });
});

describe('texts kept beyond one render', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('an undo label and a toast made in Dutch read in English after the switch', async () => {
    const { root } = h;
    const instance = createRendererI18n(root.ui.lang);
    const stop = followLanguage(instance, () => root.ui.lang);
    const plan = root.plan.plan!;
    const fn = plan.functions.find((f) => f.placement === 'team' && f.templateKey !== null)!;
    const inFn = new Set(plan.assignments.filter((a) => a.functionId === fn.id).map((a) => a.professionalId));
    const person = plan.professionals.find((p) => !inFn.has(p.id))!;
    await root.execute(assignCommand(root, fn.id, person.id, 4));
    h.failNext('assignments.set');
    await root.execute(assignCommand(root, fn.id, person.id, 6));
    const screen = () =>
      renderWith(
        instance,
        createElement(StoreProvider, {
          store: root,
          children: [createElement(UndoRedoButtons, { key: 'undo' }), createElement(ToastStack, { key: 'toasts' })],
        }),
      );

    const dutch = screen();
    expect(dutch).toContain(`aria-label="Ongedaan maken: ${person.name} in ${fn.name}"`);
    expect(dutch).toContain('De gegevens zijn even bezet door een ander programma.');

    root.ui.setLang('en');
    const english = screen();
    const fnEn = root.catalogue.functionName(fn, 'en');
    expect(fnEn).not.toBe(fn.name);
    expect(english).toContain(`aria-label="Undo: ${person.name} into ${fnEn}"`);
    expect(english).toContain(translator('en').render(message('storage.busy')));
    expect(english).not.toContain('De gegevens zijn even bezet');
    stop();
  });
});
