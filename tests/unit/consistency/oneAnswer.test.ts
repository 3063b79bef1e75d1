import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { shownStatus, type ShownStatus } from '../../../shared/engine/shownStatus.js';
import { PrintDocument } from '../../../renderer/print/PrintDocument.js';
import { buildPrintModel } from '../../../renderer/print/printModel.js';
import { formatTextReport } from '../../../scripts/report/textReport.js';
import { BUILT_IN_COMPETENCIES } from '../../../shared/catalogue/competencies.js';
import { buildJsonReport, computeCoverage } from '../../../shared/engine/index.js';
import { coverTeamExpertise } from '../../../shared/engine/teamExpertise.js';
import type { CoverageReport, RequirementKind } from '../../../shared/engine/types.js';
import { expertiseName } from '../../../renderer/ui/catalogueNames.js';
import { buildHrOverview, EMPTY_HR_FILTER, hrTables, type HrInput } from '../../../shared/hr/index.js';
import { capitalised } from '../../../shared/hr/names.js';
import { translator } from '../../../shared/i18n/translator.js';
import { REQUIREMENT_STATUS_KEY } from '../../../shared/i18n/vocabulary.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { VOORBEELDWIJK_PLANS } from '../../../shared/sample/voorbeeldwijk.js';

/**
 * One answer everywhere: for the sample Voorbeeldwijk, the engine's coverage report (what
 * the board shows), the HR tables, the printout, the text report and the JSON report give
 * every requirement the same status, say it with the same Dutch word from the
 * vocabulary, and count the same covered and total requirements.
 */
const TODAY = '2026-11-23';
const { t } = translator('nl');
const word = (status: ShownStatus | 'inShell') => t(REQUIREMENT_STATUS_KEY[status]);
const competencyName = (key: string) => BUILT_IN_COMPETENCIES.find((c) => c.key === key)?.name.nl ?? key;
/** What a requirement row asks, as every output names it: a competency, or vakkennis marked as such. */
const requirementName = (kind: RequirementKind, key: string) =>
  kind === 'expertise' ? t('vk.requirementName', { name: expertiseName(key, 'nl') }) : competencyName(key);

/** Members only, as the HR API hands plans out. */
function membersOnly(plan: TeamPlan): TeamPlan {
  const members = new Set(plan.assignments.map((a) => a.professionalId));
  return { ...plan, professionals: plan.professionals.filter((p) => members.has(p.id)) };
}

/** The board's word for every requirement of every in-team function, in order: "function/competency" -> word. */
function boardWords(report: CoverageReport): Map<string, string> {
  const words = new Map<string, string>();
  for (const fn of report.functions) {
    if (fn.inShell) continue;
    for (const r of fn.requirements)
      words.set(`${fn.name}/${requirementName(r.kind, r.competency)}`, word(shownStatus(r)));
  }
  return words;
}

/** The board's (and the report's) count of people for every requirement: "1 geschikt, 2 nodig". */
function boardPeople(report: CoverageReport): Map<string, string> {
  const people = new Map<string, string>();
  for (const fn of report.functions) {
    for (const r of fn.requirements)
      people.set(
        `${fn.name}/${requirementName(r.kind, r.competency)}`,
        t('req.qualified', { qualified: r.qualified, needed: r.minPeople }),
      );
  }
  return people;
}

const SEVERITY_RANK: Record<ShownStatus, number> = { missing: 0, partial: 1, thin: 2, covered: 3 };

describe.each(VOORBEELDWIJK_PLANS.map((plan) => [plan.team.name, plan] as const))('%s', (_name, plan) => {
  const engine = computeCoverage(plan);
  const expected = boardWords(engine);
  const coverage = { covered: engine.requirementsCovered, total: engine.requirementsTotal };

  it('has requirements of every kind the vocabulary names, so the comparison means something', () => {
    expect(expected.size).toBe(coverage.total);
    expect(coverage.covered).toBeLessThan(coverage.total);
    expect(new Set(expected.values()).size).toBeGreaterThanOrEqual(2);
  });

  it('the JSON report gives each requirement the same status and counts the same', () => {
    const json = buildJsonReport(plan, { today: TODAY });
    expect({ covered: json.requirementsCovered, total: json.requirementsTotal }).toEqual(coverage);
    const words = new Map<string, string>();
    for (const fn of json.functions.filter((f) => f.placement === 'team')) {
      for (const r of fn.requirements) {
        words.set(
          `${fn.name}/${competencyName(r.competency)}`,
          word(r.status === 'covered' && r.thin ? 'thin' : r.status),
        );
      }
      for (const r of fn.expertiseRequirements ?? []) {
        words.set(
          `${fn.name}/${requirementName('expertise', r.expertise)}`,
          word(r.status === 'covered' && r.thin ? 'thin' : r.status),
        );
      }
    }
    expect(words).toEqual(expected);
  });

  it('the text report says the same word for each requirement and the same counts', () => {
    const text = formatTextReport(plan, buildJsonReport(plan, { today: TODAY }), 'nl');
    const counts = /\((\d+) van (\d+) eisen gedekt\)/.exec(text);
    expect(counts && { covered: Number(counts[1]), total: Number(counts[2]) }).toEqual(coverage);

    const words = new Map<string, string>();
    let fnName: string | null = null;
    for (const line of text.split('\n')) {
      const header = /^ {2}(.+?) \[(.+?)\] – /.exec(line);
      if (header) {
        fnName = header[2] === word('inShell') ? null : header[1]!;
        continue;
      }
      const requirement = /^ {4}[✓!~✗] (.+?) ≥\d(?: ×\d+)?: ([^(:]+?)(?: \(|:|$)/.exec(line);
      if (requirement && fnName) words.set(`${fnName}/${requirement[1]}`, requirement[2]!);
      if (line === '') fnName = null;
    }
    expect(words).toEqual(expected);
    for (const fn of engine.functions.filter((f) => f.inShell))
      expect(text).toContain(`  ${fn.name} [${word('inShell')}]`);
  });

  it('the HR tables show each competency with the worst word of its requirements and the same counts', () => {
    const input: HrInput = {
      competencies: [],
      professionals: [...plan.professionals],
      scenarios: [
        {
          teamId: plan.team.id,
          scenarioId: 'main',
          scenarioName: 'main',
          isMain: true,
          isSample: true,
          plan: membersOnly(plan),
        },
      ],
    };
    const overview = buildHrOverview(input, {
      today: TODAY,
      assessmentMonths: 24,
      includeScenarios: false,
      filter: EMPTY_HR_FILTER,
    });
    const [teams, matrix] = hrTables(overview, ['teams', 'matrix']);
    const column = (name: string) => teams!.columns.indexOf(name);
    expect({
      covered: teams!.rows[0]![column('Eisen gedekt')],
      total: teams!.rows[0]![column('Eisen totaal')],
    }).toEqual(coverage);

    // By column name: competencies, and vakkennis asked of members or (scope team) of the whole team.
    const worst = new Map<string, ShownStatus>();
    const note = (name: string, status: ShownStatus) => {
      const before = worst.get(name);
      if (!before || SEVERITY_RANK[status] < SEVERITY_RANK[before]) worst.set(name, status);
    };
    for (const fn of engine.functions.filter((f) => !f.inShell)) {
      for (const r of fn.requirements) note(requirementName(r.kind, r.competency), shownStatus(r));
    }
    const members = plan.professionals.filter((p) => engine.memberIds.includes(p.id));
    for (const fn of plan.functions.filter((f) => f.placement === 'team')) {
      for (const e of fn.expertise.filter((x) => x.scope === 'team')) {
        const team = coverTeamExpertise(e, members);
        note(requirementName('expertise', e.expertise), team.thin ? 'thin' : team.status);
      }
    }
    expect(worst.size).toBeGreaterThan(0);
    for (const [name, status] of worst) {
      const cell = matrix!.rows[0]![matrix!.columns.indexOf(name)];
      // The sentence opens with the count of open requirements, then the worst requirement's word.
      expect(cell, name).toMatch(new RegExp(`^(Geen eis|\\d+ eis(en)?) open: ${word(status)} in `));
    }
    // An open requirement's people in the board's one phrase: "in Jeugd (0 geschikt, 1 nodig; niveau ≥ 3)".
    const people = boardPeople(engine);
    let open = 0;
    for (const fn of engine.functions.filter((f) => !f.inShell)) {
      for (const r of fn.requirements.filter((x) => shownStatus(x) === 'missing' || shownStatus(x) === 'partial')) {
        const name = requirementName(r.kind, r.competency);
        if (r.kind !== 'competency') continue;
        const cell = matrix!.rows[0]![matrix!.columns.indexOf(name)];
        expect(cell, name).toContain(`in ${fn.name} (${people.get(`${fn.name}/${name}`)};`);
        open += 1;
      }
    }
    expect(open).toBeGreaterThan(0);
  });

  it('the printout lists exactly the open requirements, with the same words, and the same counts', () => {
    const model = buildPrintModel(plan, TODAY);
    const html = renderToStaticMarkup(
      createElement(PrintDocument, {
        model,
        scenarioName: null,
        dateText: '23 november 2026',
        competencyName,
        lang: 'nl',
      }),
    );
    expect(html).toContain(`(${coverage.covered} van ${coverage.total} eisen gedekt)`);

    const gaps = html.slice(html.indexOf('data-testid="print-gaps"'));
    const printed = new Map<string, string>();
    const people = new Map<string, string>();
    for (const row of gaps.matchAll(/<tr><td>([^<]+)<\/td><td>([^<]+)<\/td><td>([^<(]+) \(([^;<]+);/g)) {
      printed.set(`${row[1]}/${row[2]}`, row[3]!);
      people.set(`${row[1]}/${row[2]}`, row[4]!);
    }
    const open = new Map(
      [...expected]
        .filter(([, w]) => w !== word('covered') && w !== word('thin'))
        .map(([key, w]) => [key, capitalised(w)]),
    );
    expect(open.size).toBe(coverage.total - coverage.covered);
    expect(printed).toEqual(open);
    // A gap of people says so as the board and the report do ("1 geschikt, 2 nodig"), not only levels.
    expect(people).toEqual(new Map([...open.keys()].map((key) => [key, boardPeople(engine).get(key)!])));
  });
});
