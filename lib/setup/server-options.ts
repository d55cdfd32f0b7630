// The Node settings the wiki's Next server runs with (`npm start`, and the page benchmark that
// measures what it runs). No server-only import: the launcher and the benchmarks use it too.

/**
 * V8 lets its heap grow toward the limit it is given before collecting hard, and by default that
 * limit follows the machine's memory (several GiB here): the server then holds 420-440 MiB under
 * load, most of it garbage. Given 384 MB, the same load runs in about 240 MiB with no loss of
 * throughput (bench/README.md, issue 17). Exports stream and uploads are capped at 20 MiB, so
 * the limit leaves room for every request. A limit the operator set in NODE_OPTIONS is kept.
 */
const SERVER_HEAP_MB = 384;

export function serverNodeOptions(current: string | undefined): string {
  if (current && /(^|\s)--max-old-space-size[=\s]/.test(current)) return current;
  return [current?.trim(), `--max-old-space-size=${SERVER_HEAP_MB}`].filter(Boolean).join(' ');
}
