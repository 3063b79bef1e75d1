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
