import { message } from '../../i18n/message.js';
import { hasConsultation } from './lackingExpertise.js';
import { competencyName, defineRule, expertiseName, functionNames, lowerCase, professionalName } from './rule.js';

/** Vulnerabilities the coverage report reveals: single points of failure and absent expertise. */

export const competencyOnOnePerson = defineRule(
  {
    id: 'competency-single-person',
    severity: 'warning',
    about: message('rule.competencySinglePerson.about'),
  },
  ({ plan, report }, say) =>
    report.profile
      .filter((c) => c.singlePerson)
      .map((c) => {
        const name = competencyName(plan, c.competency);
        const holder = professionalName(plan, c.holders[0]!);
        return say(
          message('rule.competencySinglePerson.text', { competency: name, level: c.requiredLevel ?? 0, holder }),
        );
      }),
);

export const expertiseMissingInTeam = defineRule(
  {
    id: 'expertise-missing',
    severity: 'warning',
    about: message('rule.expertiseMissing.about'),
  },
  ({ plan, report }, say) =>
    report.expertise
      // Without a consultation arrangement, expertise-no-consultation (or the A1 youth rule) already
      // says it once, with both ways out; two lines about one gap read as two problems.
      .filter((e) => e.status === 'missing' && hasConsultation(plan, e.key))
      .map((e) => {
        const name = expertiseName(e.key);
        const asking = functionNames(plan, e.requiredBy);
        return say(message('rule.expertiseMissing.text', { expertise: lowerCase(name), functions: asking }));
      }),
);

export const shellExpertiseUnrecognised = defineRule(
  {
    id: 'shell-expertise-unrecognised',
    severity: 'info',
    about: message('rule.shellExpertiseUnrecognised.about'),
  },
  ({ plan, report }, say) =>
    report.expertise
      // Without a consultation arrangement, expertise-no-consultation already asks for one.
      .filter((e) => e.status === 'shell' && hasConsultation(plan, e.key))
      .map((e) => {
        const name = expertiseName(e.key);
        return say(message('rule.shellExpertiseUnrecognised.text', { expertise: lowerCase(name) }));
      }),
);
