import { describe, expect, it } from 'vitest';
import { baseKey, CATALOGUES } from '../../../shared/i18n/catalogue.js';
import { translator } from '../../../shared/i18n/translator.js';
import { message } from '../../../shared/i18n/message.js';
import { productSources } from './sourceFiles.js';

/** The one message catalogue: both languages complete, every key used, placeholders alike. */

const nlKeys = Object.keys(CATALOGUES.nl).sort();
const enKeys = Object.keys(CATALOGUES.en).sort();
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the message catalogue', () => {
  it('has every key in both languages', () => {
    expect(enKeys.filter((k) => !nlKeys.includes(k))).toEqual([]);
    expect(nlKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('has no empty text and the same placeholders in both languages', () => {
    const mismatched = nlKeys.filter((key) => {
      const nl = CATALOGUES.nl[key as keyof typeof CATALOGUES.nl];
      const en = CATALOGUES.en[key as keyof typeof CATALOGUES.en];
      return nl.trim() === '' || en.trim() === '' || placeholders(nl).join() !== placeholders(en).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('has both plural forms wherever it has one', () => {
    const lonely = nlKeys.filter((key) => {
      const match = /^(.*)_(one|other)$/.exec(key);
      if (!match) return false;
      const twin = `${match[1]}_${match[2] === 'one' ? 'other' : 'one'}`;
      return !nlKeys.includes(twin);
    });
    expect(lonely).toEqual([]);
  });

  it('has no key that the code never asks for (keys stand in the code as whole string literals)', () => {
    const literals = new Set<string>();
    for (const file of productSources()) {
      for (const match of file.text.matchAll(/(['"`])([\w.-]+)\1/g)) literals.add(match[2]!);
    }
    const unused = [...new Set(nlKeys.map(baseKey))].filter((key) => !literals.has(key));
    expect(unused).toEqual([]);
  });
});

describe('the translator', () => {
  it('writes numbers the way each language does and picks plural forms by count', () => {
    expect(translator('nl').t('pool.free', { hours: 4.5 })).toBe('4,5 u vrij');
    expect(translator('en').t('pool.free', { hours: 4.5 })).toBe('4.5 h free');
  });

  it('renders a message whose parameter is itself a message, in the same language', () => {
    const inner = message('nav.board');
    expect(translator('nl').render(message('undo.undoWhat', { what: inner }))).toBe('Ongedaan maken: Samenstelling');
    expect(translator('en').render(message('undo.undoWhat', { what: inner }))).toBe('Undo: Composition');
  });
});
