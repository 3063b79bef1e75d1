import { defineRule, members } from './rule.js';

/** Whether the composition fits the chosen organisation type (docs/domain.md, "Organisation types"). */

export const integraalMostlyHierarchical = defineRule({
  id: 'integraal-hierarchical-binding',
  severity: 'warning',
  about: {
    nl: 'Een integraal team waarvan de meeste leden hiërarchisch aan hun moederorganisatie gebonden blijven.',
    en: 'An integral team whose members mostly keep a hierarchical binding to their mother organisation.',
  },
}, (context, say) => {
  if (context.plan.team.organisationType !== 'integraal') return [];
  const people = members(context);
  const hierarchical = people.filter((p) => p.binding === 'hierarchical').length;
  if (people.length === 0 || hierarchical * 2 <= people.length) return [];
  return [
    say(
      {
        nl: `Een integraal team stuurt zichzelf, maar ${hierarchical} van de ${people.length} leden blijven hiërarchisch aan hun moederorganisatie gebonden. Dan beslist het team in de praktijk niet zelf. Maak de binding functioneel of kies het type geïntegreerd team.`,
        en: `An integral team directs itself, yet ${hierarchical} of its ${people.length} members stay hierarchically bound to their mother organisation. In practice the team then does not decide for itself. Make the binding functional or choose the integrated team type.`,
      },
      { kind: 'team', id: context.plan.team.id },
    ),
  ];
});

export const integraalWithoutMandate = defineRule({
  id: 'integraal-without-mandate',
  severity: 'info',
  about: {
    nl: 'Een integraal team waarvan de ontwerpkeuze "hoe geïntegreerd" geen eigen mandaat is.',
    en: 'An integral team whose "how integrated" answer is not a mandate of its own.',
  },
}, (context, say) => {
  const { team } = context.plan;
  if (team.organisationType !== 'integraal' || team.design.integration.mode === 'mandated') return [];
  return [
    say(
      {
        nl: 'Dit team heet integraal, maar bij "Hoe geïntegreerd?" staat geen eigen mandaat. Een integraal team heeft beslisbevoegdheid en een eigen teamleider; leg dat mandaat vast of kies het type geïntegreerd team.',
        en: 'This team is called integral, but "How integrated?" does not give it a mandate of its own. An integral team has decision authority and its own team leader; record that mandate or choose the integrated team type.',
      },
      { kind: 'team', id: team.id },
    ),
  ];
});

export const partnershipPresentedAsTeam = defineRule({
  id: 'samenwerkingsverband-as-team',
  severity: 'warning',
  about: {
    nl: 'Een samenwerkingsverband dat als team met bemenste functies is ingericht.',
    en: 'A partnership set up as a team with staffed functions.',
  },
}, (context, say) => {
  const { plan, report } = context;
  if (plan.team.organisationType !== 'samenwerkingsverband') return [];
  if (!report.functions.some((f) => !f.inShell && f.memberIds.length > 0)) return [];
  return [
    say(
      {
        nl: 'Dit plan verdeelt mensen over functies alsof het een team is, maar het type is samenwerkingsverband: een casus- of netwerkoverleg zonder gedeelde verantwoordelijkheid. Dragen de leden samen verantwoordelijkheid, kies dan geïntegreerd of integraal team; anders is het een overleg, geen team.',
        en: 'This plan divides people over functions as if it were a team, but its type is partnership: a case or network consultation without shared responsibility. If the members do share responsibility, choose integrated or integral team; otherwise it is a consultation, not a team.',
      },
      { kind: 'team', id: plan.team.id },
    ),
  ];
});
