// A .zip written as it is read: each file is compressed when the reader asks for more, so a
// large export streams with one file in memory at a time (fflate, synchronous deflate). Every
// entry carries the same timestamp, so equal content gives an equal archive, byte for byte.
import { Zip, ZipDeflate } from 'fflate';
import type { TEntry } from './export-content';

const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));
const encoder = new TextEncoder();

/** The archive's bytes, chunk by chunk, from files given one at a time. */
export async function* zipChunks(entries: AsyncIterable<TEntry>): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else ready.push(chunk);
  });
  const flush = function* () {
    if (failure) throw failure;
    while (ready.length) yield ready.shift()!;
  };
  for await (const entry of entries) {
    const file = new ZipDeflate(entry.path, { level: 6 });
    file.mtime = FIXED_TIME;
    zip.add(file);
    file.push('text' in entry ? encoder.encode(entry.text) : entry.bytes, true);
    yield* flush();
  }
  zip.end();
  yield* flush();
}

/** The same chunks as a web stream, for a route's Response. */
export function zipStream(entries: AsyncIterable<TEntry>): ReadableStream<Uint8Array> {
  const chunks = zipChunks(entries);
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
