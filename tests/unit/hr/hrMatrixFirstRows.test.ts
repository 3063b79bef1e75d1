import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HrMatrix } from '../../../renderer/hr/HrMatrix.js';
import { HR_LIST_PREVIEW } from '../../../shared/hr/apiSchemas.js';
import { HR_FIRST_ROWS } from '../../../shared/hr/firstRows.js';
import { buildHrOverview } from '../../../shared/hr/index.js';
import { summariseOverview, type HrSummary } from '../../../shared/hr/summary.js';
import { translator } from '../../../shared/i18n/translator.js';
import { options } from './hrFixtures.js';
import { syntheticHrInput } from './syntheticHrInput.js';

/**
 * The matrix's first rows (a first visit right after the start: `firstRowsOf` says how many
 * rows there are) are windowed like the whole matrix: only the rows a window shows are in
 * the document, with the spacer keeping the height of the rest (seventh round; before,
 * all forty, then sixty, were rendered and then rendered again, before the first paint).
 */

const TEAMS = 120;
const whole = summariseOverview(buildHrOverview(syntheticHrInput(TEAMS, 6), options()), [], HR_LIST_PREVIEW);

function markup(summary: HrSummary): string {
  return renderToStaticMarkup(
    createElement(HrMatrix, {
      summary,
      cellsOf: () => undefined,
      onRowsShown: () => undefined,
      lang: 'nl',
      t: translator('nl').t,
      onOpen: () => undefined,
    }),
  );
}

const rowsIn = (html: string) => [...html.matchAll(/<tr class="hr-row"[^>]*data-team="([^"]*)"/g)].map((m) => m[1]);

describe("the HR matrix's first rows", () => {
  it('renders the same rows in the document for the first rows as for the whole matrix', () => {
    const first: HrSummary = { ...whole, rows: whole.rows.slice(0, HR_FIRST_ROWS), firstRowsOf: whole.rows.length };
    const wholeRows = rowsIn(markup(whole));
    const firstRows = rowsIn(markup(first));
    // The window before anything is measured: fewer rows than were sent, the same as the whole shows.
    expect(firstRows.length).toBeLessThan(HR_FIRST_ROWS);
    expect(firstRows).toEqual(wholeRows);
    // The table counts every row of the matrix and keeps the height of those not in the document.
    expect(markup(first)).toContain(`aria-rowcount="${whole.rows.length + 1}"`);
    expect(markup(first)).toContain('class="hr-spacer"');
  });

  it('shows every first row when the whole matrix is small enough to be in the document whole', () => {
    const small: HrSummary = { ...whole, rows: whole.rows.slice(0, 12), firstRowsOf: 12 };
    expect(rowsIn(markup(small))).toHaveLength(12);
    expect(markup(small)).not.toContain('class="hr-spacer"');
  });
});
