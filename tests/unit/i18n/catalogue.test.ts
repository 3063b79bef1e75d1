import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseKey, CATALOGUES } from '../../../shared/i18n/catalogue.js';
import { translator } from '../../../shared/i18n/translator.js';
import { message } from '../../../shared/i18n/message.js';
import { productSources } from './sourceFiles.js';

/** The one message catalogue: both languages complete, every key used, placeholders alike. */

const nlKeys = Object.keys(CATALOGUES.nl).sort();
const enKeys = Object.keys(CATALOGUES.en).sort();
/**
 * Every section of one language as loaded from its file (index.ts spreads them): two
 * sections that define the same key would silently overwrite each other there.
 */
async function sectionsOf(lang: 'nl' | 'en'): Promise<{ section: string; keys: string[] }[]> {
  const dir = path.join(import.meta.dirname, '../../../shared/i18n/locales', lang);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  const sections: { section: string; keys: string[] }[] = [];
  for (const file of files) {
    const module = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (value && typeof value === 'object') sections.push({ section: `${file}:${name}`, keys: Object.keys(value) });
    }
  }
  return sections;
}

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

  it.each(['nl', 'en'] as const)('has each key in only one section of the %s catalogue', async (lang) => {
    const sections = await sectionsOf(lang);
    expect(sections.length).toBeGreaterThan(5);
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const { section, keys } of sections) {
      for (const key of keys) {
        const first = owner.get(key);
        if (first) twice.push(`${key} (${first}, ${section})`);
        else owner.set(key, section);
      }
    }
    expect(twice).toEqual([]);
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
