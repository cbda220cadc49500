// Starts the real server (tsx server/main.ts) on a free port against the test Neo4j, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../../setup/processes.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** A running app server. */
export interface AppServer {
  url: string;
  stop(): Promise<void>;
  output(): string;
}

async function waitReady(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  out: () => string,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out()}`);
    try {
      const res = await fetch(`${url}/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${out()}`);
}

/** Starts `tsx server/main.ts` with NEO4J_URI and KG_SEED=true; resolves once /ready answers. */
export async function startAppServer(
  neo4jUri: string,
  timeoutMs = 240_000,
  env: Record<string, string> = {},
): Promise<AppServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      KG_SEED: 'true',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitReady(url, child, timeoutMs, () => log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop, output: () => log };
}
