import { BUILT_IN_COMPETENCIES } from '../../shared/catalogue/competencies.js';
import { EXPERTISE } from '../../shared/catalogue/expertise.js';
import { ORGANISATION_TYPE_INFO, POSITIONING_INFO, TEAM_MODEL_INFO } from '../../shared/catalogue/teamDesign.js';
import type { Lang } from '../../shared/domain/text.js';
import type { JsonReport, JsonRequirement } from '../../shared/engine/index.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { label } from './labels.js';

/**
 * The readable report the team leader gets from `npm run report -- plan.json`: the
 * same numbers as the JSON report, in the order of the questions docs/domain.md says the
 * planner must answer at a glance (functions, coverage, hours, profile, expertise,
 * advice, who closes the gaps).
 */
export function formatTextReport(plan: TeamPlan, report: JsonReport, lang: Lang): string {
  const names = nameLookup(plan, lang);
  const out: string[] = [];
  const { team } = plan;

  out.push(`${label('title', lang)} – ${team.name}${plan.scenario ? ` (${label('scenario', lang)}: ${plan.scenario})` : ''}`);
  const design = [
    ORGANISATION_TYPE_INFO[team.organisationType].name[lang],
    TEAM_MODEL_INFO[team.model].name[lang],
    POSITIONING_INFO[team.positioning].name[lang],
  ].join(' · ');
  out.push(team.area ? `${label('area', lang)}: ${team.area} · ${design}` : design);
  out.push(
    `${label('teamCoverage', lang)}: ${percent(report.teamCoverage)} (${label('requirementsCovered', lang, {
      covered: report.requirementsCovered,
      total: report.requirementsTotal,
    })})`,
  );
  out.push(
    `${label('hours', lang)}: ${label('hoursLine', lang, {
      allocated: hours(report.hoursAllocated),
      required: hours(report.hoursRequired),
    })}`,
  );

  out.push('', label('functions', lang));
  for (const fn of report.functions) {
    if (fn.placement === 'shell') {
      out.push(`  ${fn.name} [${label('inShell', lang)}] – ${label('shellNote', lang)}`);
      continue;
    }
    out.push(
      `  ${fn.name} [${label('inTeam', lang)}] – ${label('coverage', lang)} ${percent(fn.coverage)}, ${hours(fn.hoursAllocated)}/${hours(fn.hoursRequired)} ${label('hoursShort', lang)}`,
    );
    const seats = plan.assignments.filter((a) => a.functionId === fn.id);
    const members = fn.members.map((id) => {
      const seat = seats.find((a) => a.professionalId === id);
      return `${names.person(id)} (${hours(seat?.hours ?? 0)} ${label('hoursShort', lang)})`;
    });
    out.push(`    ${label('members', lang)}: ${members.length ? members.join(', ') : label('noMembers', lang)}`);
    if (fn.requirements.length === 0) out.push(`    ${label('noRequirements', lang)}`);
    for (const r of fn.requirements) out.push(`    ${requirementLine(r, names.competency(r.competency), lang)}`);
  }

  out.push('', label('overAllocated', lang));
  if (report.overAllocated.length === 0) out.push(`  ${label('noneOverAllocated', lang)}`);
  for (const load of report.professionals.filter((l) => l.overAllocated)) {
    out.push(
      `  ${names.person(load.id)}: ${label('hoursOfContract', lang, { allocated: hours(load.hoursAllocated), contract: hours(load.contractHours) })}`,
    );
  }

  out.push('', label('profile', lang));
  const width = Math.max(...report.profile.map((p) => names.competency(p.competency).length), 12);
  out.push(
    `  ${''.padEnd(width)}  ${label('best', lang).padEnd(5)}  0  1  2  3  4   ${label('needed', lang).padEnd(5)}  ${label('holders', lang)}`,
  );
  for (const p of report.profile) {
    const counts = p.countsByLevel.map((n) => String(n).padStart(2)).join(' ');
    const needed = p.requiredLevel === null ? '-' : String(p.requiredLevel);
    const flag = p.singlePerson ? `  ← ${label('onePerson', lang)}` : '';
    out.push(
      `  ${names.competency(p.competency).padEnd(width)}  ${String(p.best).padEnd(5)} ${counts}   ${needed.padEnd(5)}  ${p.holders.length}${flag}`,
    );
  }

  out.push('', label('expertise', lang));
  for (const [status, key] of [
    ['team', 'expertiseTeam'],
    ['shell', 'expertiseShell'],
    ['missing', 'expertiseMissing'],
  ] as const) {
    const keys = report.expertise.filter((e) => e.status === status).map((e) => names.expertise(e.key));
    out.push(`  ${label(key, lang)}: ${keys.length ? keys.join(', ') : label('none', lang)}`);
  }

  out.push('', label('advice', lang));
  if (report.advice.length === 0) out.push(`  ${label('noAdvice', lang)}`);
  for (const a of report.advice) out.push(`  [${label(a.severity, lang)}] ${a.message[lang]}`);

  out.push('', label('gaps', lang));
  if (report.suggestions.length === 0) out.push(`  ${label('noGaps', lang)}`);
  for (const s of report.suggestions) {
    const fn = report.functions.find((f) => f.id === s.functionId)!;
    const requirement = fn.requirements.find((r) => r.competency === s.competency)!;
    out.push(`  ${fn.name} – ${names.competency(s.competency)} ≥${requirement.level} (${label(s.status, lang)}):`);
    if (s.candidates.length === 0) out.push(`    ${label('noCandidates', lang)}`);
    for (const c of s.candidates) {
      out.push(
        `    ${label('candidate', lang, { name: names.person(c.professionalId), rating: c.rating, newly: c.newlyCovered, free: hours(c.hoursAvailable) })}`,
      );
    }
  }

  out.push('', label('additions', lang));
  if (report.bestAdditions.length === 0) out.push(`  ${label('noAdditions', lang)}`);
  report.bestAdditions.forEach((a, i) => {
    const fn = report.functions.find((f) => f.id === a.functionId)!;
    out.push(
      `  ${i + 1}. ${label('addition', lang, { name: names.person(a.professionalId), function: fn.name, newly: a.newlyCovered, after: percent(a.teamCoverageAfter) })}`,
    );
  });

  out.push('', label('departures', lang));
  out.push(...departureLines(report, names, lang));
  return `${out.join('\n')}\n`;
}

/** Members whose departure opens gaps first (with the gaps), then those who leave things thin. */
function departureLines(report: JsonReport, names: ReturnType<typeof nameLookup>, lang: Lang): string[] {
  if (report.departures.length === 0) return [`  ${label('noMembersToLose', lang)}`];
  const lines: string[] = [];
  let harmless = 0;
  for (const d of report.departures) {
    const name = names.person(d.professionalId);
    if (d.lost.length > 0) {
      lines.push(
        `  ${label('departureLoss', lang, { name, lost: d.lost.length, before: percent(d.teamCoverageBefore), after: percent(d.teamCoverageAfter) })}`,
      );
      for (const change of d.lost) {
        const fn = report.functions.find((f) => f.id === change.functionId)!;
        lines.push(
          `    ${label('departureChange', lang, { function: fn.name, competency: names.competency(change.competency), from: label(change.from, lang), to: label(change.to, lang) })}`,
        );
      }
    } else if (d.becomeThin.length > 0) {
      lines.push(`  ${label('departureThin', lang, { name, thin: d.becomeThin.length })}`);
    } else {
      harmless += 1;
    }
  }
  if (harmless > 0) lines.push(`  ${label('departureHarmless', lang, { count: harmless })}`);
  return lines;
}

function requirementLine(r: JsonRequirement, competency: string, lang: Lang): string {
  const head = `${competency} ≥${r.level}${r.minPeople > 1 ? ` ×${r.minPeople}` : ''}`;
  const people = label('ofNeeded', lang, { qualified: r.qualified, needed: r.minPeople });
  if (r.status === 'covered') {
    return `${r.thin ? '!' : '✓'} ${head}: ${r.thin ? label('thin', lang) : `${label('covered', lang)} (${people})`}`;
  }
  const mark = r.status === 'partial' ? '~' : '✗';
  const short = r.shortfall > 0 ? `, ${label('shortfall', lang, { n: r.shortfall })}` : '';
  return `${mark} ${head}: ${label(r.status, lang)} (${people}${short})`;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** Hours with at most one decimal, as a team leader writes them. */
function hours(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function nameLookup(plan: TeamPlan, lang: Lang) {
  const people = new Map(plan.professionals.map((p) => [p.id, p.name]));
  const competencies = new Map<string, string>(BUILT_IN_COMPETENCIES.map((c) => [c.key, c.name[lang]]));
  for (const c of plan.competencies) competencies.set(c.key, c.name[lang]);
  const expertise = new Map(EXPERTISE.map((e) => [e.key, e.name[lang]]));
  return {
    person: (id: string) => people.get(id) ?? id,
    competency: (key: string) => competencies.get(key) ?? key,
    expertise: (key: string) => expertise.get(key) ?? key,
  };
}
