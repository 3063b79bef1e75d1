import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../shared/domain/text.js';
import { baseKey, CATALOGUES, type MessageKey } from '../../../shared/i18n/catalogue.js';
import { message, type MessageParams } from '../../../shared/i18n/message.js';
import { fillPlain, plainTemplate } from '../../../shared/i18n/plainTemplate.js';
import { type I18nextT, i18nextOptions, translator, translatorOver } from '../../../shared/i18n/translator.js';

/**
 * The plain-text path renders without i18next's `t`; it must give i18next's result for
 * every key of both catalogues, with values that i18next could treat specially.
 */
function i18nextT(lang: Lang): I18nextT {
  const instance = i18next.createInstance();
  void instance.init(i18nextOptions(lang));
  return instance.getFixedT(lang) as unknown as I18nextT;
}

/** Parameter sets for a key: its placeholders (over all its plural forms) filled in several ways. */
function paramSets(names: string[]): MessageParams[] {
  const each = (value: (name: string) => MessageParams[string]) =>
    Object.fromEntries(names.map((name) => [name, value(name)])) as MessageParams;
  return [
    each((name) => `waarde van ${name}`),
    each(() => 2.5),
    each(() => 1),
    each(() => ''),
    // Text i18next could read as a placeholder, a nesting or a replacement pattern.
    each((name) => `{${name}} $t(app.title) $& {- ${name}} {{x}}`),
    each(() => message('app.title')),
    each(() => ({ nl: 'Wijkteam Noord', en: 'Neighbourhood team North' })),
    { ...each((name) => name), extra: 'not in the text' },
    { ...each((name) => name), count: 0 },
    { ...each((name) => name), count: 1 },
    { ...each((name) => name), count: 7 },
    { ...each((name) => name), count: 1.5 },
    { ...each((name) => name), count: -1 },
    { ...each((name) => name), count: 1000000 },
    { ...each((name) => name), count: 'twee' },
    { ...each((name) => name), count: 2, extra: 'not in the text' },
    { ...each((name) => name), context: 'male' },
    // One placeholder left out.
    Object.fromEntries(names.slice(1).map((name) => [name, name])) as MessageParams,
  ];
}

describe.each(['nl', 'en'] as const)('plain texts in %s', (lang) => {
  const reference = translatorOver(lang, i18nextT(lang));
  const plain = translatorOver(lang, i18nextT(lang), CATALOGUES[lang]);
  const texts = CATALOGUES[lang] as Readonly<Record<string, string>>;
  const keys = [...new Set(Object.keys(texts).map(baseKey))] as MessageKey[];
  const namesOf = (key: string) => [
    ...new Set(
      [texts[key], texts[`${key}_one`], texts[`${key}_other`]]
        .filter((text): text is string => text !== undefined)
        .flatMap((text) => [...text.matchAll(/\{-?\s*(\w+)[^}]*\}/g)].map((m) => m[1]!)),
    ),
  ];

  it('renders every key exactly as i18next does, with and without parameters', () => {
    const differences: string[] = [];
    for (const key of keys) {
      for (const params of [undefined, {}, ...paramSets(namesOf(key))]) {
        const expected = reference.t(key, params);
        if (plain.t(key, params) !== expected) differences.push(`${key} ${JSON.stringify(params)}`);
        if (translator(lang).t(key, params) !== expected) differences.push(`translator: ${key}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('renders plain texts and plurals without asking i18next', () => {
    const withoutI18next = translatorOver(
      lang,
      () => {
        throw new Error('asked i18next');
      },
      texts,
    );
    const plural = keys.find(
      (key) => texts[`${key}_other`]?.includes('{count}') && plainTemplate(texts[`${key}_one`]),
    )!;
    const simple = keys.find((key) => plainTemplate(texts[key])?.names.length === 0)!;
    for (const count of [1, 3]) {
      const params = { ...Object.fromEntries(namesOf(plural).map((name) => [name, name])), count };
      expect(withoutI18next.t(plural, params)).toBe(reference.t(plural, params));
    }
    expect(withoutI18next.t(simple)).toBe(reference.t(simple));
  });

  it('takes the plain path for most texts, plurals included (or it would save nothing)', () => {
    const plainKeys = keys.filter((key) => plainTemplate(texts[key] ?? texts[`${key}_other`]) !== null);
    expect(plainKeys.length).toBeGreaterThan(keys.length * 0.9);
  });
});

describe('plainTemplate', () => {
  it('splits a text at its placeholders and fills them in', () => {
    const template = plainTemplate('{name} werkt {hours} uur in {team}.')!;
    expect(template.names).toEqual(['name', 'hours', 'team']);
    expect(fillPlain(template, { name: 'Anna', hours: '12', team: 'Noord' })).toBe('Anna werkt 12 uur in Noord.');
  });

  it('leaves nesting, other braces, option names and missing or extra values to i18next', () => {
    expect(plainTemplate('Zie $t(app.title)')).toBeNull();
    expect(plainTemplate('{value, number}')).toBeNull();
    expect(plainTemplate('{- name}')).toBeNull();
    expect(plainTemplate('{context} uur')).toBeNull();
    expect(plainTemplate(42)).toBeNull();
    const template = plainTemplate('Hallo {name}')!;
    expect(fillPlain(template, {})).toBeNull();
    expect(fillPlain(template, { name: 'Anna', other: 'x' })).toBeNull();
    expect(fillPlain(template, { name: 3 })).toBeNull();
    expect(fillPlain(template, undefined)).toBeNull();
  });
});
