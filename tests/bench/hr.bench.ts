import { bench, describe } from 'vitest';
import { writeCsv } from '../../db/export/csvWriter.js';
import { writeXlsx } from '../../db/export/xlsxWriter.js';
import { computeCoverage } from '../../shared/engine/index.js';
import { analyseAll, buildHrOverview, EMPTY_HR_FILTER, hrTables, overviewFromAnalyses } from '../../shared/hr/index.js';
import { syntheticHrInput } from '../unit/hr/syntheticHrInput.js';

/**
 * HR overview in `npm run bench` (the full HR and print bench with the browser is
 * `npm run bench:hr`): 200 teams of 25 people. Vitest prints each case's speed relative
 * to the others of its group, so the baselines sit beside the measured cases: the bare
 * coverage engine over the same plans for the overview (budget < 1 s), the CSV of the
 * team list for the XLSX export (budget < 2 s). Never an assertion.
 */
const input = syntheticHrInput(200, 25);
const options = { today: '2026-11-23', assessmentMonths: 24, includeScenarios: false, filter: EMPTY_HR_FILTER };
const overview = buildHrOverview(input, options);
const analyses = analyseAll(input);
let sink = 0;

describe('HR overview, 200 teams x 25 people', () => {
  bench('baseline: coverage engine over the 200 plans', () => {
    for (const s of input.scenarios) sink += computeCoverage(s.plan).teamCoverage;
  });
  bench('HR overview (matrix and four lists)', () => {
    sink += buildHrOverview(input, options).rows.length;
  });
  bench('HR overview from kept analyses (what a filter costs in the store process)', () => {
    sink += overviewFromAnalyses(input, analyses, options, 50).rows.length;
  });
});

describe('HR export, 200 teams x 25 people', () => {
  bench('baseline: CSV of the team list', () => {
    sink += writeCsv(hrTables(overview, ['teams'])[0]!).length;
  });
  bench(
    'XLSX of all lists (exceljs)',
    async () => {
      sink += (await writeXlsx(hrTables(overview), new Date())).length;
    },
    { time: 3000, iterations: 3 },
  );
});

export { sink };
