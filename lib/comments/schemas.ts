// What a comment request may hold. Pure.
import { z } from 'zod';

const MAX_COMMENT_CHARS = 10_000;

const ZBody = z
  .string()
  .trim()
  .min(1, 'Write something first')
  .max(MAX_COMMENT_CHARS, `At most ${MAX_COMMENT_CHARS.toLocaleString('en')} characters`);

export const ZAddComment = z.object({
  id: z.string().min(1).max(64), // the page
  body: ZBody,
  // A new thread: about the whole page ("") or one of its section headings (its anchor).
  anchor: z.string().max(200).default(''),
  // A reply: the thread it answers.
  threadId: z.string().min(1).max(64).optional(),
});

export const ZEditComment = z.object({ id: z.string().min(1).max(64), body: ZBody });
export const ZResolveThread = z.object({ id: z.string().min(1).max(64), resolved: z.boolean() });
