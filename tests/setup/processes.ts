// Test helpers for child processes: free ports, finding Neo4j JVMs by home dir, waiting.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

// Ports already handed out in this process: the OS may offer a just-closed port again, and two
// callers given the same one (a Bolt and an HTTP port) would collide.
const handedOut = new Set<number>();

function askOs(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => done(port));
    });
  });
}

/** Asks the OS for a free TCP port on loopback, never one this process was given before. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await askOs();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/** Pids of Neo4j JVMs whose command line names `homeDir`. */
export function neo4jPidsFor(homeDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes('CommunityEntryPoint') && cmd.includes(`--home-dir=${homeDir}`)) {
        pids.push(Number(entry));
      }
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** Polls `check` every 250 ms until it is true or `ms` pass; returns the last result. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  ms: number,
): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
}
