import 'server-only';
import pino from 'pino';
import { opsConfig } from '@/lib/env';
import { requestContext } from './request-context';

// Structured JSON logs, one object per line on stdout, for whatever collects them. Every line
// written while a request is handled carries its request id (and user id, never a token).
const holder = globalThis as unknown as { hindsightLogger?: pino.Logger };

/** The logger, writing to `destination` (stdout by default; tests pass a stream to read). */
export function createLogger(destination?: pino.DestinationStream, level = opsConfig().HINDSIGHT_LOG_LEVEL): pino.Logger {
  return pino(
    {
      base: { service: 'hindsight' },
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      // Secrets never reach a log line, whatever a caller passes.
      redact: {
        paths: [
          '*.password',
          '*.passwordHash',
          '*.token',
          '*.cookie',
          '*.authorization',
          'req.headers.cookie',
          'req.headers.authorization',
        ],
        censor: '[redacted]',
      },
      mixin() {
        const context = requestContext();
        return context ? { requestId: context.requestId, ...(context.userId ? { userId: context.userId } : {}) } : {};
      },
    },
    destination,
  );
}

export const logger: pino.Logger = (holder.hindsightLogger ??= createLogger());
