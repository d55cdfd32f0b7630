// Preloaded into the Prisma CLI (node --require): its Wasm schema engine leaves 10 s and 60 s
// timers running after the work is done, which keeps the process alive for up to a minute.
// Long timers are unref'd so the CLI exits as soon as it has finished.
const LONG_MS = 5000;
for (const name of ['setTimeout', 'setInterval']) {
  const original = globalThis[name];
  globalThis[name] = function patched(fn, ms, ...rest) {
    const timer = original.call(this, fn, ms, ...rest);
    if (Number(ms) >= LONG_MS && timer && typeof timer.unref === 'function') timer.unref();
    return timer;
  };
}
