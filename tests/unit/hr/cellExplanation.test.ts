import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/engine/index.js';
import { cellSentence } from '../../../shared/hr/cellSentence.js';
import { buildHrOverview, hrTables, type HrInput, type HrOverview } from '../../../shared/hr/index.js';
import { translator } from '../../../shared/i18n/translator.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';
import { fn, needs, holds, person, plan, team } from '../engine/fixtures.js';
import { entry, INPUT, options, TODAY } from './hrFixtures.js';
import { syntheticHrInput } from './syntheticHrInput.js';

/**
 * A matrix cell says where its gap is and who in the team already has the level. The
 * sample's confusing cell ("Ontbreekt (nodig 3, beste 3)": missing, while a colleague in
 * another function has level 3) is read from the real store, as HR gets it.
 */

let store: TestStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

function cellText(overview: HrOverview, teamName: string, competency: string, lang: 'nl' | 'en' = 'nl'): string {
  const matrix = hrTables(overview, ['matrix'], lang)[0]!;
  const row = matrix.rows.find((r) => r[0] === teamName)!;
  return String(row[matrix.columns.indexOf(competency)]);
}

describe('the sample: a gap one function has while a colleague elsewhere holds the level', () => {
  it('names the function, the open requirements and Anouk de Vries now in Maatschappelijke dienstverlening', async () => {
    store = openTestStore();
    const input = await store.call('hr.overview', {});
    const overview = buildHrOverview(input, options());
    const noord = overview.rows.find((r) => r.teamName === 'Wijkteam Voorbeeldwijk-Noord')!;
    const empathy = noord.cells.find((c) => c.kind === 'competency' && c.competency === 'empathy')!;

    // What the old cell said: missing, needed 3, best 3 - all true and all confusing.
    expect(empathy.severity).toBe('missing');
    expect(empathy.requiredLevel).toBe(3);
    expect(empathy.best).toBe(3);

    const [worst] = empathy.explanation.requirements;
    expect(worst).toMatchObject({
      functionName: { nl: 'Sociaalpedagogische zorg', en: 'Socio-pedagogical care' },
      status: 'missing',
      level: 3,
    });
    expect(worst!.colleagues).toContainEqual(
      expect.objectContaining({
        name: 'Anouk de Vries',
        level: 3,
        functions: [{ nl: 'Maatschappelijke dienstverlening', en: 'Social services' }],
      }),
    );
    const text = cellText(overview, 'Wijkteam Voorbeeldwijk-Noord', 'Inlevingsvermogen');
    expect(text).toMatch(
      /^2 eisen open: ontbreekt in Sociaalpedagogische zorg \(0 geschikt, 2 nodig; niveau ≥ 3\); in het team: /,
    );
    expect(text).toContain('Anouk de Vries (3), nu in Maatschappelijke dienstverlening');
    expect(text).toContain('deels gedekt in Maatschappelijke dienstverlening (1 geschikt, 2 nodig; niveau ≥ 3)');
    // Anouk already works in Maatschappelijke dienstverlening: she is no remedy for its own gap.
    const mdv = empathy.explanation.requirements.find(
      (r) => r.functionName?.nl === 'Maatschappelijke dienstverlening',
    )!;
    expect(mdv.colleagues.map((c) => c.name)).not.toContain('Anouk de Vries');
    // In English the built-in functions read in English, as on the board (functionText).
    expect(cellText(overview, 'Wijkteam Voorbeeldwijk-Noord', 'Empathy', 'en')).toContain(
      'Anouk de Vries (3), now in Social services',
    );
  });

  it('says so when nobody in the team has the level (then the remedy is training or hiring)', async () => {
    store = openTestStore();
    const overview = buildHrOverview(await store.call('hr.overview', {}), options());
    expect(cellText(overview, 'Zorgteam Jeugd en Gezin Noord', 'Durf')).toBe(
      '1 eis open: ontbreekt in Jeugd (0 geschikt, 1 nodig; niveau ≥ 4); niemand elders in het team heeft niveau 4',
    );
  });

  it('the XLSX matrix holds the sentence, still filled by severity', async () => {
    store = openTestStore();
    const file = await store.call('hr.export', { list: 'matrix', format: 'xlsx', today: TODAY });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(1).values as unknown[];
    const column = header.indexOf('Inlevingsvermogen');
    let text = '';
    let fill: unknown = null;
    sheet.eachRow((row) => {
      if (row.getCell(1).value !== 'Wijkteam Voorbeeldwijk-Noord') return;
      text = String(row.getCell(column).value);
      fill = row.getCell(column).fill;
    });
    expect(text).toContain('ontbreekt in Sociaalpedagogische zorg (0 geschikt, 2 nodig; niveau ≥ 3)');
    expect(text).toContain('Anouk de Vries (3), nu in Maatschappelijke dienstverlening');
    expect(fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFE8A39B' } });
  });
});

describe('the CSV matrix', () => {
  it('holds the same sentence as the XLSX', async () => {
    store = openTestStore();
    const file = await store.call('hr.export', { list: 'matrix', format: 'csv', today: TODAY });
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: ';' });
    const noord = parsed.data.find((r) => r['Team'] === 'Wijkteam Voorbeeldwijk-Noord')!;
    expect(noord['Inlevingsvermogen']).toContain(
      'ontbreekt in Sociaalpedagogische zorg (0 geschikt, 2 nodig; niveau ≥ 3); in het team: Anouk de Vries (3), nu in Maatschappelijke dienstverlening',
    );
  });
});

describe('a small plan that shows the reassignment', () => {
  const small = plan({
    team: team({ id: 'team-klein', name: 'Klein team' }),
    functions: [
      fn('jeugd', [['coaching', 3]], { name: 'Jeugd', expertise: [needs('youth', 3, 1, 'function')] }),
      fn('mdv', [['coaching', 2]], { name: 'Maatschappelijke dienstverlening' }),
    ],
    professionals: [
      person('a', { coaching: 1 }, { name: 'Ali Amrani' }),
      person('b', { coaching: 4 }, { name: 'Bea Bakker', expertise: holds('youth:3') }),
    ],
    assignments: [
      ['a', 'jeugd'],
      ['b', 'mdv'],
    ],
  });
  const overview = buildHrOverview(
    { competencies: [], professionals: small.professionals, scenarios: [entry(small, 's-klein')] },
    options(),
  );

  it('names the function with the gap and the colleague with the level, for a competency and for vakkennis', () => {
    expect(cellText(overview, 'Klein team', 'Coachen')).toBe(
      '1 eis open: ontbreekt in Jeugd (0 geschikt, 1 nodig; niveau ≥ 3); in het team: Bea Bakker (4), nu in ' +
        'Maatschappelijke dienstverlening · kwetsbaar in Maatschappelijke dienstverlening (niveau 2): rust alleen op Bea Bakker',
    );
    const youth = overview.rows[0]!.cells.find((c) => c.kind === 'expertise' && c.competency === 'youth')!;
    expect(translator('nl').render(cellSentence(youth)!)).toContain(
      'in het team: Bea Bakker (3), nu in Maatschappelijke dienstverlening',
    );
  });

  it('leaves a column nobody asks for empty', () => {
    const empathy = overview.rows[0]!.cells.find((c) => c.competency === 'empathy')!;
    expect(cellSentence(empathy)).toBeNull();
    expect(cellText(overview, 'Klein team', 'Inlevingsvermogen')).toBe('');
  });
});

/** Open requirements on one column per the engine: its in-team rows, and vakkennis asked of the whole team. */
function engineOpenCount(input: HrInput, overview: HrOverview): void {
  for (const row of overview.rows) {
    const { plan: p } = input.scenarios.find((s) => s.scenarioId === row.scenarioId)!;
    const report = computeCoverage(p);
    row.cells.forEach((cell) => {
      const rows = report.functions
        .filter((f) => !f.inShell)
        .flatMap((f) => f.requirements)
        .filter((r) => r.kind === cell.kind && r.competency === cell.competency);
      const teamWide = cell.explanation.requirements.filter((r) => r.functionName === null);
      const open =
        rows.filter((r) => r.status !== 'covered').length +
        teamWide.filter((r) => r.status === 'missing' || r.status === 'partial').length;
      expect(cell.openRequirements).toBe(open);
      if (cell.kind === 'competency') expect(teamWide).toEqual([]);
      // The explanation lists every in-team requirement on the column, no more.
      expect(cell.explanation.requirements.length).toBe(rows.length + teamWide.length);
    });
  }
}

describe("a cell's open count is the engine's", () => {
  it('on the fixtures and on synthetic teams', () => {
    engineOpenCount(INPUT, buildHrOverview(INPUT, options()));
    const synthetic = syntheticHrInput(6, 12);
    engineOpenCount(synthetic, buildHrOverview(synthetic, options()));
  });

  it('on the sample', async () => {
    store = openTestStore();
    const input = await store.call('hr.overview', {});
    engineOpenCount(input, buildHrOverview(input, options()));
  });
});

describe('explanations worked out when read', () => {
  it('read, spread, serialised or cloned: the same explanation, in the same place among the keys', () => {
    const input = syntheticHrInput(2, 12);
    const first = buildHrOverview(input, options()).rows[0]!;
    const second = buildHrOverview(input, options()).rows[0]!;
    const open = first.cells.find((c) => c.openRequirements > 0)!;
    expect(open).toBeDefined();
    const index = first.cells.indexOf(open);
    // Serialised before anything read it, and after: the same text, explanation last.
    const serialised = JSON.stringify(second.cells[index]);
    expect(Object.keys(JSON.parse(serialised) as object).at(-1)).toBe('explanation');
    const openRows = open.explanation.requirements.filter((r) => r.status === 'missing' || r.status === 'partial');
    expect(openRows).toHaveLength(open.openRequirements);
    expect(JSON.stringify(open)).toBe(serialised);
    expect({ ...second.cells[index]! }).toEqual(JSON.parse(serialised));
    expect(structuredClone(first.cells)).toEqual(JSON.parse(JSON.stringify(second.cells)));
    // Kept once worked out: the same object on every read; a written value replaces it.
    expect(open.explanation).toBe(open.explanation);
    open.explanation = { requirements: [] };
    expect(open.explanation.requirements).toEqual([]);
  });
});
