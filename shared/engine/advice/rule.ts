import { BUILT_IN_COMPETENCIES } from '../../catalogue/competencies.js';
import { EXPERTISE } from '../../catalogue/expertise.js';
import { functionText } from '../../catalogue/functionName.js';
import type { LocalText } from '../../domain/text.js';
import type { Message } from '../../i18n/message.js';
import type { HoursElsewhere } from '../suggestions/availability.js';
import type { TeamPlan } from '../../plan/planSchema.js';
import type { Advice, AdviceSeverity, CoverageReport } from '../types.js';

/**
 * A design-advice rule: data (id, severity, what it checks) plus one small pure check.
 * Rules turn the known risks of organisation types and team models (docs/domain.md) and the
 * coverage report into advice a team leader can act on. The words are our own, in the
 * catalogue (shared/i18n/locales/<lang>/advice.ts): rules return Messages with the names
 * as parameters, and each screen renders them in its language.
 */
interface AdviceContext {
  plan: TeamPlan;
  report: CoverageReport;
  /** ISO date (YYYY-MM-DD) to judge the age of assessments; null skips age checks. */
  today: string | null;
  /** Hours each professional gives to other teams, for the over-allocation rule. */
  hoursElsewhere: HoursElsewhere;
}

export interface AdviceRule {
  id: string;
  severity: AdviceSeverity;
  /** What the rule looks at, for the help page and the docs. */
  about: Message;
  check(context: AdviceContext): Advice[];
}

/** Makes one advice item of a rule; each check only says what it found and about whom. */
type Say = (message: Message, subject?: Advice['subject']) => Advice;

export function defineRule(
  meta: Pick<AdviceRule, 'id' | 'severity' | 'about'>,
  check: (context: AdviceContext, say: Say) => Advice[],
): AdviceRule {
  const say: Say = (message, subject) =>
    subject === undefined
      ? { rule: meta.id, severity: meta.severity, message }
      : { rule: meta.id, severity: meta.severity, message, subject };
  return { ...meta, check: (context) => check(context, say) };
}

export function competencyName(plan: TeamPlan, key: string): LocalText {
  const custom = plan.competencies.find((c) => c.key === key);
  if (custom) return custom.name;
  return BUILT_IN_COMPETENCIES.find((c) => c.key === key)?.name ?? { nl: key, en: key };
}

export function expertiseName(key: string): LocalText {
  return EXPERTISE.find((e) => e.key === key)?.name ?? { nl: key, en: key };
}

/** A function's name in both languages, by the one rule of `shared/catalogue/functionName.ts`. */
export function functionName(plan: TeamPlan, id: string): LocalText {
  const fn = plan.functions.find((f) => f.id === id);
  return fn ? functionText(fn) : { nl: id, en: id };
}

/** Functions' names in running text, "A, B", in both languages. */
export function functionNames(plan: TeamPlan, ids: readonly string[]): LocalText {
  const names = ids.map((id) => functionName(plan, id));
  return { nl: names.map((n) => n.nl).join(', '), en: names.map((n) => n.en).join(', ') };
}

export function professionalName(plan: TeamPlan, id: string): string {
  return plan.professionals.find((p) => p.id === id)?.name ?? id;
}

/** Members of the team (at least one assignment) as professional records. */
export function members(context: AdviceContext): TeamPlan['professionals'] {
  const ids = new Set(context.report.memberIds);
  return context.plan.professionals.filter((p) => ids.has(p.id));
}

/**
 * A name in running text: catalogue names start with a capital, a sentence does not want that.
 * Only that capital goes: an abbreviation keeps its letters ("psychiatrie en GGZ", not "ggz"),
 * and so does a name that starts with one ("WMO-regelingen").
 */
export function lowerCase(text: LocalText): LocalText {
  return { nl: lowerFirst(text.nl), en: lowerFirst(text.en) };
}

function lowerFirst(name: string): string {
  const firstWord = /^\S+/.exec(name)?.[0] ?? '';
  const abbreviation = /^\p{Lu}{2,}/u.test(firstWord);
  return abbreviation ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
