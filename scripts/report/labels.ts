import type { LocalText } from '../../shared/domain/text.js';

/** Every fixed word of the text report, in Dutch and English side by side. */
export const LABELS = {
  title: { nl: 'Dekkingsrapport', en: 'Coverage report' },
  area: { nl: 'Gebied', en: 'Area' },
  scenario: { nl: 'Scenario', en: 'Scenario' },
  teamCoverage: { nl: 'Teamdekking', en: 'Team coverage' },
  requirementsCovered: { nl: '{covered} van {total} eisen gedekt', en: '{covered} of {total} requirements covered' },
  hoursLine: { nl: '{allocated} van {required} uur per week ingepland', en: '{allocated} of {required} hours per week assigned' },
  hours: { nl: 'Uren', en: 'Hours' },
  functions: { nl: 'Functies', en: 'Functions' },
  inTeam: { nl: 'team', en: 'team' },
  inShell: { nl: 'schil', en: 'shell' },
  shellNote: {
    nl: 'in de specialistische schil: het team verwijst door, er zijn geen mensen nodig',
    en: 'in the specialist shell: the team refers, no people needed',
  },
  coverage: { nl: 'dekking', en: 'coverage' },
  hoursShort: { nl: 'u', en: 'h' },
  members: { nl: 'Leden', en: 'Members' },
  noMembers: { nl: 'niemand', en: 'nobody' },
  noRequirements: { nl: 'geen competentie-eisen', en: 'no competency requirements' },
  covered: { nl: 'gedekt', en: 'covered' },
  thin: { nl: 'dun: rust op één persoon', en: 'thin: rests on one person' },
  partial: { nl: 'gedeeltelijk', en: 'partial' },
  missing: { nl: 'ontbreekt', en: 'missing' },
  ofNeeded: { nl: '{qualified} geschikt, {needed} nodig', en: '{qualified} qualified, {needed} needed' },
  shortfall: { nl: 'tekort {n} {n|niveau|niveaus}', en: 'short by {n} {n|level|levels}' },
  overAllocated: { nl: 'Overbelast', en: 'Over-allocated' },
  noneOverAllocated: { nl: 'niemand heeft meer uren dan het contract', en: 'nobody has more hours than their contract' },
  hoursOfContract: { nl: '{allocated} van {contract} contracturen', en: '{allocated} of {contract} contract hours' },
  profile: { nl: 'Teamprofiel (leden per niveau 0-4)', en: 'Team profile (members per level 0-4)' },
  best: { nl: 'beste', en: 'best' },
  needed: { nl: 'nodig', en: 'needed' },
  holders: { nl: 'dragers', en: 'holders' },
  onePerson: { nl: 'rust op één persoon', en: 'rests on one person' },
  expertise: { nl: 'Expertise', en: 'Expertise' },
  expertiseTeam: { nl: 'in het team', en: 'in the team' },
  expertiseShell: { nl: 'alleen in de schil', en: 'only in the shell' },
  expertiseMissing: { nl: 'ontbreekt', en: 'missing' },
  none: { nl: '(geen)', en: '(none)' },
  advice: { nl: 'Advies', en: 'Advice' },
  noAdvice: { nl: 'geen opmerkingen', en: 'nothing to remark' },
  critical: { nl: 'kritiek', en: 'critical' },
  warning: { nl: 'let op', en: 'warning' },
  info: { nl: 'info', en: 'info' },
  gaps: { nl: 'Wie dicht het gat?', en: 'Who closes the gap?' },
  noGaps: { nl: 'geen gaten in de functies van het team', en: 'no gaps in the team’s functions' },
  noCandidates: { nl: 'niemand in de pool heeft dit niveau', en: 'nobody in the pool has this level' },
  candidate: {
    nl: '{name} (niveau {rating}, dekt {newly} {newly|eis|eisen}, {free} u vrij)',
    en: '{name} (level {rating}, covers {newly} {newly|requirement|requirements}, {free} h free)',
  },
  additions: { nl: 'Beste aanvullingen (stap voor stap)', en: 'Best additions (step by step)' },
  noAdditions: { nl: 'geen toevoeging dekt nog een eis', en: 'no addition covers another requirement' },
  addition: {
    nl: '{name} in {function}: +{newly} {newly|eis|eisen}, teamdekking daarna {after}',
    en: '{name} in {function}: +{newly} {newly|requirement|requirements}, team coverage after {after}',
  },
  departures: { nl: 'Als iemand vertrekt', en: 'If someone leaves' },
  noMembersToLose: { nl: 'het team heeft nog geen leden', en: 'the team has no members yet' },
  departureLoss: {
    nl: '{name}: {lost} {lost|eis gaat|eisen gaan} achteruit, teamdekking {before} → {after}',
    en: '{name}: {lost} {lost|requirement gets|requirements get} worse, team coverage {before} → {after}',
  },
  departureChange: { nl: '{function} – {competency}: {from} → {to}', en: '{function} – {competency}: {from} → {to}' },
  departureThin: {
    nl: '{name}: niets gaat verloren, maar {thin} {thin|eis rust|eisen rusten} daarna op één persoon',
    en: '{name}: nothing is lost, but {thin} {thin|requirement then rests|requirements then rest} on one person',
  },
  departureHarmless: {
    nl: 'Zonder gevolgen voor de dekking: {count} {count|teamlid|teamleden}',
    en: 'No effect on coverage: {count} {count|member|members}',
  },
} satisfies Record<string, LocalText>;

export type LabelKey = keyof typeof LABELS;

/**
 * A label with its placeholders filled in: `{name}` takes a value; `{n|one|many}` picks
 * the singular when n is 1 and the plural otherwise, so the report reads "1 eis" and
 * "3 eisen" rather than "eis(en)".
 */
export function label(key: LabelKey, lang: keyof LocalText, values: Record<string, string | number> = {}): string {
  return LABELS[key][lang]
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (_, name: string, one: string, many: string) => (values[name] === 1 ? one : many))
    .replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
