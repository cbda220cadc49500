// `npm run dev`: the API server (tsx server/main.ts) and the Vite dev server with HMR, together.
import concurrently from 'concurrently';

const apiPort = process.env.KG_API_PORT ?? process.env.PORT ?? '4000';
const env = { PORT: apiPort, KG_API_PORT: apiPort };
// One process each (no npx wrappers), so signals reach the processes that own Neo4j and Vite;
// when one exits the other is stopped.
const { result } = concurrently(
  [
    { name: 'api', command: `"${process.execPath}" --import tsx server/main.ts`, env },
    {
      name: 'web',
      command: `"${process.execPath}" node_modules/vite/bin/vite.js --config web/vite.config.ts`,
      env,
    },
  ],
  { killOthersOn: ['failure', 'success'], prefixColors: ['blue', 'magenta'] },
);
result.then(
  () => process.exit(0),
  () => process.exit(1),
);
