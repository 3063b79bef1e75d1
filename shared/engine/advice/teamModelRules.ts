import { AGE_GROUP_INFO, AGE_GROUPS } from '../../catalogue/teamDesign.js';
import { defineRule, members } from './rule.js';

/** The known risks of the A1 and A2 models (docs/domain.md, "Team models"). */

/** The expertise an A1 team most often lacks in practice; a parameter of the rule, not an engine branch. */
export const YOUTH_EXPERTISE = 'youth';
/** The function template that gives residents a front door. */
export const ACCESS_TEMPLATE = 'access';

export const a1WithoutYouthExpertise = defineRule({
  id: 'a1-no-youth-expertise',
  severity: 'warning',
  about: {
    nl: 'Een A1-team zonder jeugdexpertise bij de leden.',
    en: 'An A1 team without youth expertise among its members.',
  },
}, (context, say) => {
  if (context.plan.team.model !== 'A1') return [];
  if (members(context).some((p) => p.expertise.includes(YOUTH_EXPERTISE))) return [];
  return [
    say(
      {
        nl: 'Dit A1-team is er voor alle vragen van 0 tot 100+, maar geen teamlid heeft jeugdexpertise. Zorgen over kinderen worden dan makkelijk gemist of te laat besproken. Neem iemand met jeugdexpertise op of spreek vaste consultatie af.',
        en: 'This A1 team serves every question from 0 to 100+, yet no member has youth expertise. Worries about children are then easily missed or raised too late. Add someone with youth expertise or agree on regular consultation.',
      },
      { kind: 'team', id: context.plan.team.id },
    ),
  ];
});

export const a1NarrowBreadth = defineRule({
  id: 'a1-narrow-breadth',
  severity: 'info',
  about: {
    nl: 'Een A1-team waarvan de breedte of leeftijdsgroepen niet bij "alle vragen" passen.',
    en: 'An A1 team whose breadth or age groups do not fit "all questions".',
  },
}, (context, say) => {
  const { team } = context.plan;
  if (team.model !== 'A1') return [];
  const absent = AGE_GROUPS.filter((g) => !team.ageGroups.includes(g));
  if (team.design.breadth.scope === 'all' && absent.length === 0) return [];
  const nl = absent.map((g) => AGE_GROUP_INFO[g].name.nl).join(', ');
  const en = absent.map((g) => AGE_GROUP_INFO[g].name.en).join(', ');
  return [
    say(
      {
        nl: `Een A1-team is bedoeld voor alle inwoners en alle vragen, maar dit team is smaller opgezet${absent.length ? ` (ontbreekt: ${nl})` : ''}. Kies bewust: verbreed het team of kies een doelgroep- of domeinspecifiek model.`,
        en: `An A1 team is meant for all residents and all questions, but this team is set up more narrowly${absent.length ? ` (missing: ${en})` : ''}. Choose deliberately: broaden the team or pick a target-group or domain-specific model.`,
      },
      { kind: 'team', id: team.id },
    ),
  ];
});

export const a2WithoutAccessRoute = defineRule({
  id: 'a2-no-access-route',
  severity: 'info',
  about: {
    nl: 'Een A2-team zonder toegangsfunctie in team of schil.',
    en: 'An A2 team without an access function in the team or the shell.',
  },
}, (context, say) => {
  const { plan } = context;
  if (plan.team.model !== 'A2') return [];
  if (plan.functions.some((f) => f.templateKey === ACCESS_TEMPLATE)) return [];
  return [
    say(
      {
        nl: 'Een A2-team heeft geen eigen loket: inwoners komen binnen via het voorliggend veld. Dit plan legt niet vast waar die toegang zit. Voeg de functie Toegang / frontoffice toe (in de schil als een ander die uitvoert) en spreek af hoe situaties worden aangemeld.',
        en: 'An A2 team has no front door of its own: residents come in through the first line. This plan does not record where that access is. Add the Access point / front office function (in the shell when someone else runs it) and agree how situations are referred.',
      },
      { kind: 'team', id: plan.team.id },
    ),
  ];
});
