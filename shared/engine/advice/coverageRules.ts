import { competencyName, defineRule, expertiseName, functionName, professionalName } from './rule.js';

/** Vulnerabilities the coverage report reveals: single points of failure and absent expertise. */

export const competencyOnOnePerson = defineRule(
  {
    id: 'competency-single-person',
    severity: 'warning',
    about: {
      nl: 'Een competentie die het team nodig heeft en die op één persoon rust.',
      en: 'A competency the team needs that rests on one person.',
    },
  },
  ({ plan, report }, say) =>
    report.profile
      .filter((c) => c.singlePerson)
      .map((c) => {
        const name = competencyName(plan, c.competency);
        const holder = professionalName(plan, c.holders[0]!);
        return say({
          nl: `${name.nl} op niveau ${c.requiredLevel} rust alleen op ${holder}. Bij afwezigheid of vertrek mist het team dit; ontwikkel het bij een tweede teamlid.`,
          en: `${name.en} at level ${c.requiredLevel} rests on ${holder} alone. If they are away or leave, the team lacks it; develop it in a second member.`,
        });
      }),
);

export const expertiseMissingInTeam = defineRule(
  {
    id: 'expertise-missing',
    severity: 'warning',
    about: {
      nl: 'Expertise die een functie in het team vraagt en die geen teamlid heeft.',
      en: 'Expertise an in-team function asks for that no member has.',
    },
  },
  ({ plan, report }, say) =>
    report.expertise
      .filter((e) => e.status === 'missing')
      .map((e) => {
        const name = expertiseName(e.key);
        const asking = e.requiredBy.map((id) => functionName(plan, id)).join(', ');
        return say({
          nl: `Geen teamlid heeft expertise in ${name.nl.toLowerCase()}, terwijl ${asking} daarom vraagt. Neem iemand met deze expertise op of plaats de functie in de schil.`,
          en: `No member has expertise in ${name.en.toLowerCase()}, while ${asking} asks for it. Add someone with this expertise or place the function in the shell.`,
        });
      }),
);

export const shellExpertiseUnrecognised = defineRule(
  {
    id: 'shell-expertise-unrecognised',
    severity: 'info',
    about: {
      nl: 'Expertise die alleen in de schil zit, zonder teamlid dat de vraag herkent.',
      en: 'Expertise only in the shell, with no member who recognises the need.',
    },
  },
  ({ report }, say) =>
    report.expertise
      .filter((e) => e.status === 'shell')
      .map((e) => {
        const name = expertiseName(e.key);
        return say({
          nl: `Expertise in ${name.nl.toLowerCase()} zit alleen in de schil. Zorg dat het team weet wanneer het die inroept (scholing, vaste consultatie), anders wordt te laat doorverwezen.`,
          en: `Expertise in ${name.en.toLowerCase()} sits only in the shell. Make sure the team knows when to call on it (training, regular consultation), or referrals come too late.`,
        });
      }),
);
