import { z } from 'zod';
import type { MessageKey } from './catalogue.js';
import type { Message, MessageParam } from './message.js';

/**
 * A Message as it crosses a process boundary (API results, the startup notice, import
 * row errors). The key is checked for shape only: a renderer meets keys it does not know
 * only when it is older than the store, and then shows the key rather than nothing.
 */
const localTextSchema = z.strictObject({ nl: z.string(), en: z.string() });

export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z.strictObject({
    key: z.string().min(1).max(200) as unknown as z.ZodType<MessageKey>,
    params: z.record(z.string(), messageParamSchema).optional(),
  }),
);

const messageParamSchema: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([z.string(), z.number(), localTextSchema, messageSchema]),
);
