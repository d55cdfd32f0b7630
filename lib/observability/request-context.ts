import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

// What every log line of one request carries: its id (request-id.ts) and, once known, the user.

export type TRequestContext = { requestId: string; userId?: string };

const storage = new AsyncLocalStorage<TRequestContext>();

export function requestContext(): TRequestContext | undefined {
  return storage.getStore();
}

export function withRequestContext<T>(context: TRequestContext, fn: () => Promise<T>): Promise<T> {
  return storage.run(context, fn);
}
