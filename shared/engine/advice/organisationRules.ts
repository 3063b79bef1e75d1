import { message } from '../../i18n/message.js';
import { defineRule, members } from './rule.js';

/** Whether the composition fits the chosen organisation type (docs/domain.md, "Organisation types"). */

export const integraalMostlyHierarchical = defineRule(
  {
    id: 'integraal-hierarchical-binding',
    severity: 'warning',
    about: message('rule.integraalHierarchical.about'),
  },
  (context, say) => {
    if (context.plan.team.organisationType !== 'integraal') return [];
    const people = members(context);
    const hierarchical = people.filter((p) => p.binding === 'hierarchical').length;
    if (people.length === 0 || hierarchical * 2 <= people.length) return [];
    return [
      say(message('rule.integraalHierarchical.text', { hierarchical, members: people.length }), {
        kind: 'team',
        id: context.plan.team.id,
      }),
    ];
  },
);

export const integraalWithoutMandate = defineRule(
  {
    id: 'integraal-without-mandate',
    severity: 'info',
    about: message('rule.integraalWithoutMandate.about'),
  },
  (context, say) => {
    const { team } = context.plan;
    if (team.organisationType !== 'integraal' || team.design.integration.mode === 'mandated') return [];
    return [say(message('rule.integraalWithoutMandate.text'), { kind: 'team', id: team.id })];
  },
);

export const partnershipPresentedAsTeam = defineRule(
  {
    id: 'samenwerkingsverband-as-team',
    severity: 'warning',
    about: message('rule.partnershipAsTeam.about'),
  },
  (context, say) => {
    const { plan, report } = context;
    if (plan.team.organisationType !== 'samenwerkingsverband') return [];
    if (!report.functions.some((f) => !f.inShell && f.memberIds.length > 0)) return [];
    return [say(message('rule.partnershipAsTeam.text'), { kind: 'team', id: plan.team.id })];
  },
);
