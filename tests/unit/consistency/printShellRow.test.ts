import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PrintDocument } from '../../../renderer/print/PrintDocument.js';
import { buildPrintModel } from '../../../renderer/print/printModel.js';
import { BUILT_IN_COMPETENCIES } from '../../../shared/catalogue/competencies.js';
import { VOORBEELDWIJK_PLANS } from '../../../shared/sample/voorbeeldwijk.js';

/**
 * A shell function's row in the print: the coverage column says "in de schil", so the
 * members column must not say it again ("in de schil via de schil") but what it means:
 * the team needs no members for it.
 */
const competencyName = (key: string) => BUILT_IN_COMPETENCIES.find((c) => c.key === key)?.name.nl ?? key;

function shellRows(lang: 'nl' | 'en'): string[] {
  const plan = VOORBEELDWIJK_PLANS.find((p) => p.functions.some((f) => f.placement === 'shell'))!;
  const html = renderToStaticMarkup(
    createElement(PrintDocument, {
      model: buildPrintModel(plan, '2026-11-30'),
      scenarioName: null,
      dateText: '30 november 2026',
      competencyName,
      lang,
    }),
  );
  const shellTable = html.slice(html.indexOf(lang === 'nl' ? 'Functies in de schil' : 'Functions in the shell'));
  const rows = [...shellTable.matchAll(/<tr data-function="[^"]*">([\s\S]*?)<\/tr>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

describe('the print: a shell function row', () => {
  it('says "in de schil" once and then that no team members are needed', () => {
    for (const row of shellRows('nl')) {
      expect(row).toMatch(/in de schil geen teamleden nodig$/);
      expect(row).not.toContain('via de schil');
    }
    for (const row of shellRows('en')) expect(row).toMatch(/in the shell no team members needed$/);
  });
});
