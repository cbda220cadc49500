// A detached shell loop that stops the shared Neo4j once no process holding a lease is alive.
import { spawn } from 'node:child_process';
import { runPaths } from './neo4j-leases.js';

/**
 * The watchdog's script. Every second, while Neo4j runs, it takes the data folder's lock (the
 * same `mkdir` lock Node takes to attach or start), drops leases of dead processes and, when none
 * is left, stops Neo4j (SIGTERM, SIGKILL after 30 s) and removes the server record.
 */
export function watchdogScript(dataDir: string, neo4jPid: number): string {
  const p = runPaths(dataDir);
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `run=${q(p.run)}; leases=${q(p.leases)}; lock=${q(p.lock)}; neo=${neo4jPid}
while kill -0 "$neo" 2>/dev/null; do
  sleep 1
  if mkdir "$lock" 2>/dev/null; then
    echo $$ > "$lock/owner"
    alive=0
    for f in "$leases"/*; do
      [ -e "$f" ] || continue
      p=\${f##*/}; p=\${p%%-*}
      if kill -0 "$p" 2>/dev/null; then alive=1; else rm -f "$f"; fi
    done
    if [ "$alive" = 0 ] && kill -0 "$neo" 2>/dev/null; then
      kill "$neo" 2>/dev/null
      i=0
      while kill -0 "$neo" 2>/dev/null && [ "$i" -lt 300 ]; do sleep 0.1; i=$((i+1)); done
      kill -9 "$neo" 2>/dev/null
      rm -f "$run/kg-neo4j.pid" "$run/kg-neo4j.json"
      rm -rf "$lock"
      exit 0
    fi
    rm -rf "$lock"
  else
    owner=$(cat "$lock/owner" 2>/dev/null)
    if [ -n "$owner" ] && ! kill -0 "$owner" 2>/dev/null; then rm -rf "$lock"; fi
  fi
done`;
}

/** Starts the watchdog in its own session, so Ctrl-C in a terminal does not reach it. */
export function startWatchdog(dataDir: string, neo4jPid: number): void {
  const dog = spawn('sh', ['-c', watchdogScript(dataDir, neo4jPid)], {
    detached: true,
    stdio: 'ignore',
  });
  dog.unref();
}
