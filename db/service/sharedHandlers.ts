import { ApiFailure } from '../../shared/api/result.js';
import { message } from '../../shared/i18n/message.js';
import type { StoreContext } from '../context.js';
import { listSampleTeamIds } from '../repositories/teams.js';
import { importPlan } from '../importExport/planImport.js';
import { conflictSide } from '../shared/conflictSides.js';
import { sharedDbAddress, sharedDbAddressUser } from '../shared/sharedDbAddress.js';
import { SharedOutbox } from '../shared/sharedOutbox.js';
import type { SharedSyncPort } from '../shared/sharedSyncPort.js';
import type { HandlerSlice } from './handlerTypes.js';

type SharedMethod =
  | 'shared.publish'
  | 'shared.status'
  | 'shared.sendNow'
  | 'shared.retry'
  | 'shared.discard'
  | 'shared.conflict'
  | 'shared.resolve';

const NO_CONNECTION = { lastSentAt: null, unreachableSince: null, lastError: null };

/**
 * Publishing to the shared database, offline-first: `shared.publish` writes the plan to
 * the local outbox and answers at once; the host's drain (node/sharedDb/sharedSync.ts)
 * sends it right away when the server can be reached, or later. Without a host drain
 * (tests, the command line) the address alone decides whether publishing is possible.
 * Refused and conflicting publishes wait here for the user: retry, discard, or resolve
 * the conflict the way a plan file's conflict is resolved.
 */
export function sharedHandlers(ctx: StoreContext, sync?: SharedSyncPort): HandlerSlice<SharedMethod> {
  const outbox = new SharedOutbox(ctx);
  const configured = () => (sync ? sync.configured() : sharedDbAddress() !== null);
  const gone = () => new ApiFailure('notFound', message('sharedDb.outbox.gone'));
  const rowOf = (publishId: string) => outbox.status().outbox.find((row) => row.publishId === publishId);

  return {
    'shared.publish': ({ scenarioId }) => {
      // Queueing without a server would promise a publication that can never happen. A
      // conflict with this installation's set-up, not a transport refusal ('forbidden').
      if (!configured()) throw new ApiFailure('conflict', message('sharedDb.publish.notConfigured'));
      // The Voorbeeldwijk's team ids are the same in every installation, and its people are
      // made up: published, they would reach HR as real teams (and clash between planners).
      const teamId = ctx.stmt('SELECT team_id FROM scenarios WHERE id = ?').pluck().get(scenarioId) as
        string | undefined;
      if (teamId !== undefined && listSampleTeamIds(ctx).includes(teamId)) {
        throw new ApiFailure('conflict', message('sharedDb.publish.sampleTeam'));
      }
      const queued = outbox.queue(scenarioId);
      sync?.kick();
      return { ...queued, queued: true as const };
    },
    'shared.status': () => ({
      configured: configured(),
      ...outbox.status(),
      connection: sync?.connection() ?? NO_CONNECTION,
    }),
    // Without a host drain (tests, the command line) there is nothing to send with.
    'shared.sendNow': async () => {
      await sync?.sendNow();
      return { done: true as const };
    },
    'shared.retry': ({ publishId }) => {
      if (!outbox.retry(publishId)) throw gone();
      sync?.kick();
      return { done: true as const };
    },
    'shared.discard': ({ publishId }) => {
      if (!outbox.discard(publishId)) throw gone();
      return { done: true as const };
    },
    'shared.conflict': ({ publishId }) => {
      const row = rowOf(publishId);
      const theirs = outbox.theirs(publishId);
      if (!row || row.state !== 'conflict' || !theirs) throw gone();
      // Who is on the other side decides the wording: someone else, or oneself from an
      // older stand (a restored backup); and "since your last publication" only for a base.
      const me = sync ? sync.signedInAs() : sharedDbAddressUser();
      const basedOn =
        row.expectedVersion ?? outbox.status().teams.find((team) => team.teamId === row.teamId)?.sharedVersion ?? 0;
      return {
        publishId,
        teamId: row.teamId,
        mine: { ...conflictSide(outbox.queuedPlan(publishId)), queuedAt: row.queuedAt, basedOn },
        theirs: {
          ...conflictSide(theirs.plan),
          version: theirs.version,
          publishedBy: theirs.publishedBy,
          publishedAt: theirs.publishedAt,
          byMe: me !== null && me === theirs.publishedBy,
        },
      };
    },
    'shared.resolve': ({ publishId, choice }) => {
      const row = rowOf(publishId);
      if (!row || row.state !== 'conflict') throw gone();
      if (choice === 'keepMine') {
        if (!outbox.keepMine(publishId)) throw gone();
        sync?.kick();
        return { teamId: row.teamId, scenarioId: row.scenarioId };
      }
      // Their plan comes in like a plan file: in place of the local team (ids kept), or
      // beside it as a copy with new ids.
      const imported = outbox.settleWithTheirs(publishId, (theirs, teamId) => {
        const plan = theirs.plan as { team?: object };
        const asLocal = { ...plan, team: { ...plan.team, id: teamId } };
        return importPlan(ctx, asLocal, choice === 'takeTheirs' ? 'replace' : 'copy');
      });
      if (!imported || imported.status !== 'imported') throw gone();
      return { teamId: imported.teamId, scenarioId: imported.scenarioId };
    },
  };
}
