// A progress bar for the command line: redrawn in place on a terminal, a line every 10% when
// the output is a file or a CI log. Pure apart from the stream it writes to.
export function progressBar(label: string, total: number, out: NodeJS.WriteStream = process.stderr) {
  let done = 0;
  let lastTenth = -1;
  const started = performance.now();
  const draw = (final = false) => {
    const share = total ? done / total : 1;
    const rate = Math.round(done / Math.max(0.001, (performance.now() - started) / 1000));
    const text = `${label} ${done}/${total} pages, ${rate}/s`;
    if (out.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      out.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${text}${final ? '\n' : ''}`);
    } else {
      const tenth = Math.floor(share * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        out.write(`${text}\n`);
      }
    }
  };
  return {
    tick() {
      done += 1;
      if (out.isTTY ? done % 25 === 0 || done === total : true) draw();
    },
    finish() {
      draw(true);
      return { done, seconds: (performance.now() - started) / 1000 };
    },
  };
}
