import i18next from 'i18next';
import { bench, describe } from 'vitest';
import { baseKey, CATALOGUES, type MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams } from '../../shared/i18n/message.js';
import { type I18nextT, i18nextOptions, translatorOver } from '../../shared/i18n/translator.js';

/**
 * Rendering catalogue texts (`npm run bench`): every key of the Dutch catalogue, with its
 * placeholders filled, through i18next's `t` alone (the baseline, as before the fourth
 * round) and with the plain-text path (shared/i18n/plainTemplate.ts) in front of it. Vitest
 * prints both in the same run and the ratio. The results are identical
 * (tests/unit/i18n/plainTemplate.test.ts).
 */
const instance = i18next.createInstance();
void instance.init(i18nextOptions('nl'));
const fixedT = instance.getFixedT('nl') as unknown as I18nextT;
const texts = CATALOGUES.nl as Readonly<Record<string, string>>;
const calls: [MessageKey, MessageParams | undefined][] = [...new Set(Object.keys(texts).map(baseKey))].map((key) => {
  const text = texts[key] ?? texts[`${key}_other`] ?? '';
  const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const params = Object.fromEntries(names.map((name) => [name, name === 'count' ? 3 : 'Anna de Vries']));
  return [key as MessageKey, names.length > 0 ? params : undefined];
});
const i18nextOnly = translatorOver('nl', fixedT);
const withPlainPath = translatorOver('nl', fixedT, texts);
let sink = 0;

describe(`every catalogue text once (${calls.length} keys)`, () => {
  bench('i18next t (baseline, before)', () => {
    for (const [key, params] of calls) sink += i18nextOnly.t(key, params).length;
  });
  bench('plain-text path, then i18next (now)', () => {
    for (const [key, params] of calls) sink += withPlainPath.t(key, params).length;
  });
});

export const _sink = () => sink;
