import { disciplineName } from '../hr/names.js';
import { message, type Message } from '../i18n/message.js';
import type { ComposeLimits } from './options.js';

/** One optional limit by itself, so an infeasible request can name the limit that breaks it. */
export type LimitRef =
  | { kind: 'maxTeamSize'; value: number }
  | { kind: 'maxOrganisationShare'; value: number }
  | { kind: 'requiredDiscipline'; discipline: string };

export function limitRefs(limits: ComposeLimits): LimitRef[] {
  const refs: LimitRef[] = [];
  if (limits.maxTeamSize !== undefined) refs.push({ kind: 'maxTeamSize', value: limits.maxTeamSize });
  if (limits.maxOrganisationShare !== undefined)
    refs.push({ kind: 'maxOrganisationShare', value: limits.maxOrganisationShare });
  for (const discipline of limits.requiredDisciplines ?? []) refs.push({ kind: 'requiredDiscipline', discipline });
  return refs;
}

export function limitsOf(ref: LimitRef): ComposeLimits {
  switch (ref.kind) {
    case 'maxTeamSize':
      return { maxTeamSize: ref.value };
    case 'maxOrganisationShare':
      return { maxOrganisationShare: ref.value };
    case 'requiredDiscipline':
      return { requiredDisciplines: [ref.discipline] };
  }
}

export function limitMessage(ref: LimitRef): Message {
  switch (ref.kind) {
    case 'maxTeamSize':
      return message('compose.limit.maxTeamSize', { count: ref.value });
    case 'maxOrganisationShare':
      return message('compose.limit.maxOrganisationShare', { percent: Math.round(ref.value * 100) });
    case 'requiredDiscipline':
      return message('compose.limit.requiredDiscipline', {
        discipline: { nl: disciplineName(ref.discipline, 'nl'), en: disciplineName(ref.discipline, 'en') },
      });
  }
}

interface TeamSoFar {
  members: ReadonlySet<number>;
  byOrganisation: ReadonlyMap<string, number>;
}

/**
 * Whether person `p` may join a team that is final after every step (the hours fill,
 * which starts from a composition the model accepts) without breaking the team-size or
 * organisation-share limit: members may always take more, people without an organisation
 * count against no share. The share is the model's row exactly: members of one
 * organisation <= share * team size.
 */
export function mayJoinTeam(
  p: number,
  team: TeamSoFar,
  organisationOf: (p: number) => string,
  limits: ComposeLimits,
): boolean {
  const { members, byOrganisation } = team;
  if (members.has(p)) return true;
  if (limits.maxTeamSize !== undefined && members.size + 1 > limits.maxTeamSize) return false;
  const org = organisationOf(p);
  const share = limits.maxOrganisationShare;
  return share === undefined || org === '' || (byOrganisation.get(org) ?? 0) + 1 <= share * (members.size + 1) + 1e-9;
}

/**
 * The smallest team in which every organisation's members are at most `share` of the
 * team: the model's share row holds for a team of n people exactly when
 * n >= count_o / share for every organisation o. Infinity when an organisation has
 * members and the share is 0.
 */
export function smallestTeamWithinShare(
  byOrganisation: ReadonlyMap<string, number>,
  size: number,
  share: number,
): number {
  let smallest = size;
  for (const count of byOrganisation.values()) {
    if (count === 0) continue;
    if (share <= 0) return Infinity;
    smallest = Math.max(smallest, Math.ceil(count / share - 1e-9));
  }
  return smallest;
}

/**
 * Whether person `p` may join a team that is still growing (the greedy start). The
 * model's share row is about the final team, so a partial team is not refused for a
 * share that later members will dilute: the first member of an organisation would break
 * any share below 1 on a team of one. Instead `p` may join when the smallest team in
 * which the shares can hold, with `p` counted, still fits the team-size limit and the
 * number of people who could join at all (`poolSize`); the greedy then adds people of
 * other organisations until the shares hold, or gives up (a null start).
 */
export function mayJoinGrowingTeam(
  p: number,
  team: TeamSoFar,
  organisationOf: (p: number) => string,
  limits: ComposeLimits,
  poolSize: number,
): boolean {
  const { members, byOrganisation } = team;
  if (members.has(p)) return true;
  const most = Math.min(limits.maxTeamSize ?? Infinity, poolSize);
  if (members.size + 1 > most) return false;
  const org = organisationOf(p);
  const share = limits.maxOrganisationShare;
  if (share === undefined || org === '') return true;
  const after = new Map(byOrganisation).set(org, (byOrganisation.get(org) ?? 0) + 1);
  return smallestTeamWithinShare(after, members.size + 1, share) <= most;
}
