import type { SharedOutbox } from '../../db/shared/sharedOutbox.js';
import { message } from '../../shared/i18n/message.js';
import { parsePlanJson } from '../../shared/plan/parsePlan.js';
import { publishTeam } from './publish.js';
import type { SharedDbClient } from './sharedDbClient.js';
import { SharedDbError } from './sharedDbError.js';

/**
 * What one drain did; `stoppedUnreachable` means publishes are still waiting because the
 * server could not be reached or would not let this computer in (the reason is on the row).
 */
interface DrainReport {
  published: number;
  conflicts: number;
  refused: number;
  stoppedUnreachable: boolean;
}

/**
 * Refusals that are about this computer's connection, not about the publish: a wrong
 * password or a database not set up refuses every row alike, and is fixed without
 * touching the queue. Such a row stays pending, like an unreachable server.
 */
const CONNECTION_REFUSALS = new Set([
  'sharedDb.error.login',
  'sharedDb.error.noPassword',
  'sharedDb.error.noPasswordKeychain',
  'sharedDb.error.noDatabase',
  'sharedDb.error.notInitialised',
]);

// One drain per outbox at a time: a second call while one runs joins it rather than
// sending the same rows side by side (which the publish id would make harmless, but noisy).
const running = new WeakMap<SharedOutbox, Promise<DrainReport>>();

/**
 * Sends the outbox's pending publishes, oldest first, each with its own publish id, and
 * writes down each answer before sending the next. A crash at any point leaves the row
 * being sent as pending; the next drain sends it again under the same id and the server
 * answers with the version it already stored. Stops at the first `unreachable` (or a
 * login the server refuses): later rows would only fail the same way.
 */
export function drainOutbox(client: SharedDbClient, outbox: SharedOutbox): Promise<DrainReport> {
  const current = running.get(outbox);
  if (current) return current;
  const drain = drainAll(client, outbox).finally(() => running.delete(outbox));
  running.set(outbox, drain);
  return drain;
}

async function drainAll(client: SharedDbClient, outbox: SharedOutbox): Promise<DrainReport> {
  const report: DrainReport = { published: 0, conflicts: 0, refused: 0, stoppedUnreachable: false };
  for (let row = outbox.nextPending(); row !== null; row = outbox.nextPending()) {
    const parsed = parsePlanJson(row.planJson);
    if (!parsed.ok) {
      outbox.markRefused(row.publishId, message('sharedDb.outbox.unreadablePlan'));
      report.refused += 1;
      continue;
    }
    try {
      const outcome = await publishTeam(client, {
        plan: parsed.plan,
        expectedVersion: row.expectedVersion,
        publishId: row.publishId,
      });
      if (outcome.status === 'published') {
        outbox.markPublished(row.publishId, row.teamId, outcome.version, outcome.publishedAt);
        report.published += 1;
      } else {
        const { version, publishedBy, publishedAt, plan } = outcome.theirs;
        outbox.markConflict(row.publishId, { version, publishedBy, publishedAt: publishedAt.toISOString(), plan });
        report.conflicts += 1;
      }
    } catch (error) {
      if (!(error instanceof SharedDbError)) throw error;
      if (error.kind === 'unreachable' || CONNECTION_REFUSALS.has(error.text.key)) {
        outbox.markUnreachable(row.publishId, error.text);
        report.stoppedUnreachable = true;
        return report;
      }
      outbox.markRefused(row.publishId, error.text);
      report.refused += 1;
    }
  }
  return report;
}
