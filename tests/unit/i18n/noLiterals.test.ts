import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiterals, readsAsProse, type Literal } from './findLiterals.js';
import { productSources, ROOT } from './sourceFiles.js';

/**
 * Every text a person reads comes from the message catalogue (shared/i18n/locales).
 * This scan fails on interface text written into the code; the allowlist names the few
 * exceptions and why (sample data, developer tooling).
 */

interface AllowEntry {
  file: string;
  text?: string;
  why: string;
}

const allowlist: AllowEntry[] = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/unit/i18n/literal-allowlist.json'), 'utf8'),
).entries;
const allows = (entry: AllowEntry, literal: Literal) =>
  entry.file === literal.file && (entry.text === undefined || entry.text === literal.text);

describe('no interface text outside the message catalogue', () => {
  const literals = productSources().flatMap(findLiterals);

  it('finds none in the product code', () => {
    const unexplained = literals.filter((literal) => !allowlist.some((entry) => allows(entry, literal)));
    expect(unexplained.map((l) => `${l.file}:${l.line} ${l.text}`)).toEqual([]);
  });

  it('keeps no allowlist entry that matches nothing and none without a reason', () => {
    const stale = allowlist.filter(
      (entry) => entry.why.trim() === '' || !literals.some((literal) => allows(entry, literal)),
    );
    expect(stale).toEqual([]);
  });

  it('tells prose from code strings', () => {
    expect(readsAsProse('Het team is opgeslagen.')).toBe(true);
    expect(readsAsProse('Team saved')).toBe(true);
    expect(readsAsProse('board-lane is-over')).toBe(false);
    expect(readsAsProse('SELECT id FROM team WHERE id = ?')).toBe(false);
    expect(readsAsProse('status.covered')).toBe(false);
  });
});
