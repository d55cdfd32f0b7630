// Memory of a process tree, as proportional set size (PSS: shared pages split between the
// processes that share them, so a database's shared buffers count once), sampled while a load
// runs. Linux only (/proc); elsewhere it reports nothing.
import { readdirSync, readFileSync } from 'node:fs';

function pss(pid: number): number {
  try {
    const kb = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Every live process that `match` accepts by pid, parent pid and command line. */
function processes(match: (pid: number, ppid: number, cmd: string) => boolean): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (match(Number(name), ppid, cmd)) out.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** A process and all its descendants. */
function tree(root: number): number[] {
  const all = processes(() => true).map((pid) => {
    try {
      return { pid, ppid: Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) };
    } catch {
      return { pid, ppid: -1 };
    }
  });
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const p of all) if (p.ppid === out[i]) out.push(p.pid);
  return out;
}

/**
 * Samples the PSS of the server's process tree and of the PostgreSQL processes serving
 * `dataDir` (when the database is embedded) every 250 ms until stopped; returns the peaks.
 */
export function sampleMemory(serverPid: number, dataDir: string | null) {
  const peak = { server: 0, database: 0, both: 0 };
  const sample = () => {
    const server = tree(serverPid).reduce((s, pid) => s + pss(pid), 0);
    const dbPids = dataDir ? processes((_pid, _ppid, cmd) => cmd.includes(dataDir)) : [];
    const database = dbPids.flatMap(tree).reduce((s, pid) => s + pss(pid), 0);
    peak.server = Math.max(peak.server, server);
    peak.database = Math.max(peak.database, database);
    peak.both = Math.max(peak.both, server + database);
  };
  sample();
  const timer = setInterval(sample, 250);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
      return dataDir
        ? `server ${mib(peak.server)} + embedded PostgreSQL ${mib(peak.database)}: together at most ${mib(peak.both)} (PSS, sampled every 250 ms)`
        : `server ${mib(peak.server)} (PSS, sampled every 250 ms; the database is a separate PostgreSQL server)`;
    },
  };
}
