import { functionNameIn } from '../../shared/catalogue/functionName.js';
import { BUILT_IN_COMPETENCIES } from '../../shared/catalogue/competencies.js';
import { EXPERTISE } from '../../shared/catalogue/expertise.js';
import { ORGANISATION_TYPE_INFO, POSITIONING_INFO, TEAM_MODEL_INFO } from '../../shared/catalogue/teamDesign.js';
import type { Lang } from '../../shared/domain/text.js';
import { coverageText, shownFunctionCoverage, shownTeamCoverage } from '../../shared/engine/shownCoverage.js';
import {
  MIN_ASSIGNMENT_HOURS,
  type JsonExpertiseRequirement,
  type JsonReport,
  type JsonRequirement,
} from '../../shared/engine/index.js';
import { textIn } from '../../shared/i18n/bothLanguages.js';
import { translator, type Translator } from '../../shared/i18n/translator.js';
import {
  EXPERTISE_STATUS_KEY,
  PLACEMENT_KEY,
  REQUIREMENT_STATUS_KEY,
  SEVERITY_KEY,
} from '../../shared/i18n/vocabulary.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

/**
 * The readable report the team leader gets from `npm run report -- plan.json`: the
 * same numbers as the JSON report, in the order of the questions docs/domain.md says the
 * planner must answer at a glance (functions, coverage, hours, profile, expertise,
 * advice, who closes the gaps). Every word comes from the message catalogue; statuses,
 * severities and placements are the vocabulary's, the same words as the board's.
 */
export function formatTextReport(plan: TeamPlan, report: JsonReport, lang: Lang): string {
  const tr = translator(lang);
  const { t } = tr;
  const names = nameLookup(plan, lang);
  const hours = (value: number) => tr.number(value);
  const out: string[] = [];
  const { team } = plan;

  out.push(
    plan.scenario
      ? t('report.titleWithScenario', { team: team.name, scenario: plan.scenario })
      : t('report.title', { team: team.name }),
  );
  const design = [
    ORGANISATION_TYPE_INFO[team.organisationType].name[lang],
    TEAM_MODEL_INFO[team.model].name[lang],
    POSITIONING_INFO[team.positioning].name[lang],
  ].join(' · ');
  out.push(team.area ? t('report.area', { area: team.area, design }) : design);
  const teamCoverage = shownTeamCoverage(report);
  out.push(
    teamCoverage.kind === 'asked'
      ? t('report.teamCoverage', {
          percent: percent(teamCoverage.share),
          covered: report.requirementsCovered,
          total: report.requirementsTotal,
        })
      : t('report.teamNothingAsked', { coverage: coverageText(teamCoverage) }),
  );
  out.push(t('report.hours', { allocated: hours(report.hoursAllocated), required: hours(report.hoursRequired) }));
  // An older file does not say what people give to other teams: free hours may be too many.
  if (plan.hoursInOtherTeams === undefined) out.push(t('planFile.hoursInOtherTeamsUnknown'));

  out.push('', t('report.functions'));
  for (const fn of report.functions) {
    if (fn.placement === 'shell') {
      out.push(`  ${t('report.shellFunction', { name: names.fn(fn.id), placement: t(PLACEMENT_KEY.shell) })}`);
      continue;
    }
    // The JSON keeps competencies and vakkennis apart; the engine's rows are both.
    const fnCoverage = shownFunctionCoverage({
      coverage: fn.coverage,
      requirements: [...fn.requirements, ...(fn.expertiseRequirements ?? [])],
    });
    const fnLine = {
      name: names.fn(fn.id),
      placement: t(PLACEMENT_KEY.team),
      allocated: hours(fn.hoursAllocated),
      required: hours(fn.hoursRequired),
    };
    out.push(
      `  ${
        fnCoverage.kind === 'asked'
          ? t('report.teamFunction', { ...fnLine, coverage: percent(fnCoverage.share) })
          : t('report.teamFunctionNothingAsked', { ...fnLine, coverage: coverageText(fnCoverage) })
      }`,
    );
    const seats = plan.assignments.filter((a) => a.functionId === fn.id);
    const members = fn.members.map((id) => {
      const seat = seats.find((a) => a.professionalId === id);
      return t('report.memberHours', { name: names.person(id), hours: hours(seat?.hours ?? 0) });
    });
    out.push(`    ${t('report.members', { members: members.length ? members.join(', ') : t('report.noMembers') })}`);
    const expertise = fn.expertiseRequirements ?? [];
    if (fn.requirements.length === 0 && expertise.length === 0) out.push(`    ${t('report.noRequirements')}`);
    for (const r of fn.requirements) out.push(`    ${requirementLine(r, names.requirement(r), tr)}`);
    for (const r of expertise) out.push(`    ${requirementLine(r, names.requirement(r), tr)}`);
  }

  out.push('', t('report.overAllocated'));
  if (report.overAllocated.length === 0) out.push(`  ${t('report.noneOverAllocated')}`);
  for (const load of report.professionals.filter((l) => l.overAllocated)) {
    // Hours in all teams, as the board shows them ("40/32"); the part elsewhere said apart.
    const elsewhere = load.hoursInOtherTeams ?? 0;
    const facts = {
      name: names.person(load.id),
      allocated: hours(load.hoursAllocated + elsewhere),
      contract: hours(load.contractHours),
      elsewhere: hours(elsewhere),
    };
    out.push(`  ${t(elsewhere > 0 ? 'report.hoursOfContractElsewhere' : 'report.hoursOfContract', facts)}`);
  }

  out.push('', t('report.profile'));
  const width = Math.max(...report.profile.map((p) => names.competency(p.competency).length), 12);
  out.push(
    `  ${''.padEnd(width)}  ${t('report.profileBest').padEnd(5)}  0  1  2  3  4   ${t('report.profileNeeded').padEnd(5)}  ${t('report.profileHolders')}`,
  );
  for (const p of report.profile) {
    const counts = p.countsByLevel.map((n) => String(n).padStart(2)).join(' ');
    const needed = p.requiredLevel === null ? '-' : String(p.requiredLevel);
    const flag = p.singlePerson ? `  ← ${t('report.onePerson')}` : '';
    out.push(
      `  ${names.competency(p.competency).padEnd(width)}  ${String(p.best).padEnd(5)} ${counts}   ${needed.padEnd(5)}  ${p.holders.length}${flag}`,
    );
  }

  out.push('', t('report.expertise'));
  for (const status of ['team', 'shell', 'missing'] as const) {
    const keys = report.expertise.filter((e) => e.status === status).map((e) => names.expertise(e.key));
    out.push(`  ${t(EXPERTISE_STATUS_KEY[status])}: ${keys.length ? keys.join(', ') : t('report.none')}`);
  }

  out.push('', t('report.advice'));
  if (report.advice.length === 0) out.push(`  ${t('report.noAdvice')}`);
  for (const a of report.advice) out.push(`  [${t(SEVERITY_KEY[a.severity])}] ${textIn(lang, a.message)}`);

  out.push('', t('report.gaps'));
  if (report.suggestions.length === 0) out.push(`  ${t('report.noGaps')}`);
  for (const s of report.suggestions) {
    const fn = report.functions.find((f) => f.id === s.functionId)!;
    const requirement =
      'expertise' in s
        ? fn.expertiseRequirements?.find((r) => r.expertise === s.expertise)
        : fn.requirements.find((r) => r.competency === s.competency);
    out.push(
      `  ${names.fn(fn.id)} – ${names.requirement(s)} ≥${requirement?.level ?? '?'} (${t(REQUIREMENT_STATUS_KEY[s.status])}):`,
    );
    if (s.candidates.length === 0) out.push(`    ${t('report.noCandidates')}`);
    for (const c of s.candidates) {
      const facts = {
        name: names.person(c.professionalId),
        rating: c.rating,
        count: c.newlyCovered,
        free: hours(c.hoursAvailable),
      };
      const line = c.hasRoom
        ? t('report.candidate', facts)
        : t('report.candidateNoRoom', { ...facts, min: hours(MIN_ASSIGNMENT_HOURS) });
      out.push(`    ${line}`);
    }
  }

  out.push('', t('report.additions'));
  if (report.bestAdditions.length === 0) out.push(`  ${t('report.noAdditions')}`);
  report.bestAdditions.forEach((a, i) => {
    const fn = report.functions.find((f) => f.id === a.functionId)!;
    out.push(
      `  ${i + 1}. ${t('report.addition', { name: names.person(a.professionalId), function: names.fn(fn.id), count: a.newlyCovered, after: percent(a.teamCoverageAfter) })}`,
    );
  });

  out.push('', t('report.departures'));
  out.push(...departureLines(report, names, tr));
  return `${out.join('\n')}\n`;
}

/** Members whose departure opens gaps first (with the gaps), then those who leave things thin. */
function departureLines(report: JsonReport, names: ReturnType<typeof nameLookup>, { t }: Translator): string[] {
  if (report.departures.length === 0) return [`  ${t('report.noMembersToLose')}`];
  const lines: string[] = [];
  let harmless = 0;
  for (const d of report.departures) {
    const name = names.person(d.professionalId);
    if (d.lost.length > 0) {
      lines.push(
        `  ${t('report.departureLoss', { name, count: d.lost.length, before: percent(d.teamCoverageBefore), after: percent(d.teamCoverageAfter) })}`,
      );
      for (const change of d.lost) {
        const fn = report.functions.find((f) => f.id === change.functionId)!;
        lines.push(
          `    ${t('report.departureChange', {
            function: names.fn(fn.id),
            competency: names.requirement(change),
            from: t(REQUIREMENT_STATUS_KEY[change.from]),
            to: t(REQUIREMENT_STATUS_KEY[change.to]),
          })}`,
        );
      }
    } else if (d.becomeThin.length > 0) {
      lines.push(`  ${t('report.departureThin', { name, count: d.becomeThin.length })}`);
    } else {
      harmless += 1;
    }
  }
  if (harmless > 0) lines.push(`  ${t('report.departureHarmless', { count: harmless })}`);
  return lines;
}

/** One requirement: a mark that reads without colour, the vocabulary's status word, and the counts behind it. */
function requirementLine(r: JsonRequirement | JsonExpertiseRequirement, competency: string, { t }: Translator): string {
  const head = `${competency} ≥${r.level}${r.minPeople > 1 ? ` ×${r.minPeople}` : ''}`;
  const people = t('req.qualified', { qualified: r.qualified, needed: r.minPeople });
  if (r.status === 'covered') {
    return r.thin
      ? `! ${head}: ${t(REQUIREMENT_STATUS_KEY.thin)}: ${t('report.onePerson')}`
      : `✓ ${head}: ${t(REQUIREMENT_STATUS_KEY.covered)} (${people})`;
  }
  const mark = r.status === 'partial' ? '~' : '✗';
  const short = r.shortfall > 0 ? `, ${t('report.shortfall', { count: r.shortfall })}` : '';
  return `${mark} ${head}: ${t(REQUIREMENT_STATUS_KEY[r.status])} (${people}${short})`;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

function nameLookup(plan: TeamPlan, lang: Lang) {
  const { t } = translator(lang);
  const people = new Map(plan.professionals.map((p) => [p.id, p.name]));
  const competencies = new Map<string, string>(BUILT_IN_COMPETENCIES.map((c) => [c.key, c.name[lang]]));
  for (const c of plan.competencies) competencies.set(c.key, c.name[lang]);
  const expertise = new Map(EXPERTISE.map((e) => [e.key, e.name[lang]]));
  const functions = new Map(plan.functions.map((f) => [f.id, functionNameIn(f, lang)]));
  return {
    person: (id: string) => people.get(id) ?? id,
    /** A function as the board names it in this language (shared/catalogue/functionName.ts). */
    fn: (id: string) => functions.get(id) ?? id,
    competency: (key: string) => competencies.get(key) ?? key,
    expertise: (key: string) => expertise.get(key) ?? key,
    /** A competency by its name; an expertise requirement marked as vakkennis, so the two never look alike. */
    requirement: (entry: { competency: string } | { expertise: string }) =>
      'expertise' in entry
        ? t('vk.requirementName', { name: expertise.get(entry.expertise) ?? entry.expertise })
        : (competencies.get(entry.competency) ?? entry.competency),
  };
}
