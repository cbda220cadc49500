// `npm run dev`: the API server (tsx server/main.ts) and the Vite dev server with HMR, together.
import { spawn } from 'node:child_process';

const apiPort = process.env.KG_API_PORT ?? process.env.PORT ?? '4000';
const env = { ...process.env, PORT: apiPort, KG_API_PORT: apiPort };
const children = [
  // One process each (no npx/tsx wrappers), so signals reach the processes that own Neo4j and Vite.
  spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit', env }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'web/vite.config.ts'], {
    stdio: 'inherit',
    env,
  }),
];

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill(signal);
}
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => stop(s));
for (const c of children) {
  c.on('exit', (code) => {
    stop('SIGTERM');
    if (children.every((x) => x.exitCode !== null || x.signalCode !== null))
      process.exit(code ?? 0);
  });
}
