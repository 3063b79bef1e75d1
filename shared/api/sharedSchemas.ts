import { z } from 'zod';
import { idSchema } from '../domain/schemas.js';
import { messageSchema } from '../i18n/messageSchema.js';

/**
 * Publishing to the optional shared database (docs/shared-database.md, "The outbox"):
 * `shared.publish` only queues; the host sends the queue when the server is reachable.
 */
export const sharedPublishResultSchema = z.strictObject({
  publishId: z.string().max(64),
  queued: z.literal(true),
});

const outboxRowSchema = z.strictObject({
  publishId: z.string().max(64),
  teamId: idSchema,
  scenarioId: idSchema,
  /** The shared version the plan was based on; null: follows the team's earlier waiting publish. */
  expectedVersion: z.number().int().nullable(),
  queuedAt: z.string(),
  attempts: z.number().int(),
  /** pending: waits to be sent; conflict: someone published in between; refused: the server said no. */
  state: z.enum(['pending', 'conflict', 'refused']),
  lastError: messageSchema.nullable(),
  /** For a conflict: the version the server holds instead. */
  theirs: z.strictObject({ version: z.number().int(), publishedBy: z.string(), publishedAt: z.string() }).nullable(),
});

export const sharedStatusSchema = z.strictObject({
  /** Whether this installation has a shared database configured. */
  configured: z.boolean(),
  outbox: z.array(outboxRowSchema),
  teams: z.array(
    z.strictObject({
      teamId: idSchema,
      sharedVersion: z.number().int(),
      lastPublishedAt: z.string().nullable(),
      lastPulledAt: z.string().nullable(),
    }),
  ),
});
