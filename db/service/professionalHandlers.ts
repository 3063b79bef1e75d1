import { disciplineText } from '../../shared/catalogue/disciplines.js';
import { isOwnDiscipline, renamedDiscipline } from '../../shared/catalogue/ownDisciplines.js';
import type { Professional } from '../../shared/domain/schemas.js';
import { message } from '../../shared/i18n/message.js';
import type { StoreContext } from '../context.js';
import {
  assignmentsOfProfessional,
  listAssignmentsOfProfessional,
  mainAssignmentsOfProfessional,
  upsertAssignment,
} from '../repositories/assignments.js';
import { disciplinesInUse } from '../repositories/disciplines.js';
import { functionExists } from '../repositories/functions.js';
import { competencyKeys } from '../repositories/catalogue.js';
import {
  deleteProfessional,
  getProfessional,
  insertProfessional,
  isSampleProfessional,
  professionalExists,
  professionalIdsWithDiscipline,
  listProfessionals,
  setDiscipline,
  setRating,
  updateProfessional,
} from '../repositories/professionals.js';
import { teamRoleKeys } from '../repositories/teamRoles.js';
import { THING, conflict, notFound, throwIfIssues, type Issue } from './failures.js';
import type { HandlerSlice } from './handlerTypes.js';
import { expertiseIssues, ratingIssues } from './referential.js';
import { forgetLeader, restoreLeader, teamsLedBy } from '../repositories/teams.js';

type ProfessionalMethod =
  | 'professionals.list'
  | 'professionals.create'
  | 'professionals.update'
  | 'professionals.delete'
  | 'professionals.restore'
  | 'professionals.setRating'
  | 'professionals.renameDiscipline'
  | 'professionals.exportPersonalData'
  | 'professionals.workload';

function checkProfessional(
  ctx: StoreContext,
  p: Omit<Professional, 'id'>,
  known = competencyKeys(ctx),
  prefix = '',
): void {
  throwIfIssues([
    ...ratingIssues(p.ratings, known, `${prefix}ratings`),
    ...expertiseIssues(
      p.expertise.map((e) => e.key),
      `${prefix}expertise`,
      'key',
    ),
    ...teamRoleIssues(p.teamRoles, teamRoleKeys(ctx), `${prefix}teamRoles`),
  ]);
}

/** Team-role ratings only on roles of the organisation's set (a removed role takes its ratings with it). */
function teamRoleIssues(ratings: Record<string, number>, known: Set<string>, path: string): Issue[] {
  return Object.keys(ratings).flatMap((k) =>
    known.has(k) ? [] : [{ path: `${path}.${k}`, key: 'unknownTeamRole' as const, value: k }],
  );
}

export function professionalHandlers(
  ctx: StoreContext,
  log: (msg: string, err?: unknown) => void,
): HandlerSlice<ProfessionalMethod> {
  function requireProfessional(id: string) {
    const p = getProfessional(ctx, id);
    if (!p) throw notFound(THING.professional, id);
    return p;
  }

  return {
    'professionals.list': () => ctx.read(() => listProfessionals(ctx)),

    'professionals.create': (fields) =>
      ctx.write(() => {
        checkProfessional(ctx, fields);
        const p: Professional = { id: ctx.newId(), ...fields };
        insertProfessional(ctx, p, false);
        return getProfessional(ctx, p.id)!;
      }),

    'professionals.update': ({ id, ...changes }) =>
      ctx.write(() => {
        const existing = requireProfessional(id);
        const defined = Object.fromEntries(
          Object.entries(changes).filter(([, v]) => v !== undefined),
        ) as Partial<Professional>;
        const p: Professional = { ...existing, ...defined, id };
        checkProfessional(ctx, p);
        updateProfessional(ctx, p);
        return getProfessional(ctx, id)!;
      }),

    /**
     * The right to be forgotten: ratings and assignments go with the person (foreign-key
     * cascade), secure_delete zeroes the freed pages, and the checkpoint afterwards moves
     * the change into the main file and empties the write-ahead log, so the name is gone
     * from both files at once. Backups made before keep it until they expire (docs/storage.md).
     * The answer is what was removed: the undo of "Verwijderen" hands it to `professionals.restore`
     * (the erasure drops it, and clears the undo history).
     */
    'professionals.delete': ({ id }) => {
      const removal = ctx.write(() => {
        const professional = requireProfessional(id);
        const removed = {
          professional,
          isSample: isSampleProfessional(ctx, id),
          assignments: assignmentsOfProfessional(ctx, id).map((a) => ({ functionId: a.functionId, hours: a.hours })),
          ledTeams: teamsLedBy(ctx, id),
        };
        deleteProfessional(ctx, id);
        forgetLeader(ctx, id);
        return removed;
      });
      try {
        ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (error) {
        // The deletion is committed; the checkpoint only hurries the privacy. SQLite
        // checkpoints again on its own, at the latest when the planner closes.
        log('professionals.delete: checkpoint after deleting failed', error);
      }
      return removal;
    },

    /** One write, so the person never comes back with only some of their places. */
    'professionals.restore': ({ professional, isSample, assignments, ledTeams }) =>
      ctx.write(() => {
        if (professionalExists(ctx, professional.id))
          throw conflict(message('professionalError.alreadyBack', { name: professional.name }));
        const { id: _id, ...fields } = professional;
        checkProfessional(ctx, fields);
        insertProfessional(ctx, professional, isSample);
        let placesLost = 0;
        for (const a of assignments) {
          if (!functionExists(ctx, a.functionId)) placesLost += 1;
          else upsertAssignment(ctx, { functionId: a.functionId, professionalId: professional.id, hours: a.hours });
        }
        for (const led of ledTeams) restoreLeader(ctx, led.teamId, led.leader);
        return { professional: getProfessional(ctx, professional.id)!, placesLost };
      }),

    'professionals.setRating': ({ professionalId, competency, level }) =>
      ctx.write(() => {
        requireProfessional(professionalId);
        throwIfIssues(ratingIssues({ [competency]: 0 }, competencyKeys(ctx), 'competency'));
        setRating(ctx, professionalId, competency, level);
        return getProfessional(ctx, professionalId)!;
      }),

    /**
     * One write for everyone with the discipline, so a rename or merge is never half done.
     * The people change as professional edits do (each row's updated_at), so HR reads them
     * again and the next publish to the shared database carries the new name.
     */
    'professionals.renameDiscipline': ({ from, to, ids }) =>
      ctx.write(() => {
        const withFrom = professionalIdsWithDiscipline(ctx, from);
        if (ids) {
          // The undo: exactly the people the rename moved, back to the discipline they had.
          const asked = new Set(ids);
          const back = withFrom.filter((id) => asked.has(id));
          setDiscipline(ctx, back, to);
          return { discipline: to, changed: back.map((id) => getProfessional(ctx, id)!) };
        }
        if (!isOwnDiscipline(from))
          throw conflict(message('ownDisciplines.error.catalogued', { name: disciplineText(from) }));
        if (withFrom.length === 0) throw conflict(message('ownDisciplines.error.notInUse', { name: from }));
        const discipline = renamedDiscipline(from, to, disciplinesInUse(ctx));
        // Null cannot come: the schema has trimmed and measured `to`, and tidying never lengthens a name.
        if (discipline === null || discipline === from) return { discipline: from, changed: [] };
        setDiscipline(ctx, withFrom, discipline);
        return { discipline, changed: withFrom.map((id) => getProfessional(ctx, id)!) };
      }),

    'professionals.workload': ({ id }) =>
      ctx.read(() => {
        requireProfessional(id);
        return mainAssignmentsOfProfessional(ctx, id);
      }),

    'professionals.exportPersonalData': ({ id }) =>
      ctx.read(() => ({
        exportedAt: ctx.nowIso(),
        professional: requireProfessional(id),
        assignments: listAssignmentsOfProfessional(ctx, id),
      })),
  };
}
