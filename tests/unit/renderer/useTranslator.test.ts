import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Translator } from '../../../shared/i18n/translator.js';
import { createRendererI18n } from '../../../renderer/i18n/rendererI18n.js';
import { useTranslator } from '../../../renderer/i18n/useT.js';

/** Renders `count` components that each take the hook's translator, and returns what they got. */
function translatorsOf(instance: ReturnType<typeof createRendererI18n>, count: number): Translator[] {
  const seen: Translator[] = [];
  function Probe() {
    seen.push(useTranslator());
    return null;
  }
  const children = Array.from({ length: count }, (_, i) => createElement(Probe, { key: i }));
  renderToStaticMarkup(createElement(I18nextProvider, { i18n: instance }, children));
  return seen;
}

describe('useTranslator shares one translator per language', () => {
  it('gives every component the same translator, and another one after a language switch', async () => {
    const instance = createRendererI18n('nl');
    const dutch = translatorsOf(instance, 3);
    expect(new Set(dutch).size).toBe(1);
    expect(dutch[0]!.lang).toBe('nl');
    expect(dutch[0]!.t('undo.undo')).toBe(instance.getFixedT('nl')('undo.undo'));
    await instance.changeLanguage('en');
    const english = translatorsOf(instance, 2);
    expect(new Set(english).size).toBe(1);
    expect(english[0]!.lang).toBe('en');
    expect(english[0]!.t('undo.undo')).not.toBe(dutch[0]!.t('undo.undo'));
    // Back in Dutch: the translator made before, not a new one.
    await instance.changeLanguage('nl');
    expect(translatorsOf(instance, 1)[0]).toBe(dutch[0]);
  });

  it('keeps translators of different i18next instances apart', () => {
    const [a] = translatorsOf(createRendererI18n('nl'), 1);
    const [b] = translatorsOf(createRendererI18n('nl'), 1);
    expect(a).not.toBe(b);
  });
});
