import 'server-only';
import { notFound } from 'next/navigation';
import { NotFound } from '@/lib/errors';

/** Awaits a domain read; a NotFound becomes the site's 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof NotFound) notFound();
    throw err;
  }
}
