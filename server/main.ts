// HTTP entry point: reads config, opens Neo4j, serves the API and web app, closes all on exit.
import { createServer, type ServerResponse } from 'node:http';
import { ConfigError, loadConfig } from './config/config.js';
import { createGateway } from './db/gateway.js';
import { createApp } from './graphql/create-app.js';
import { WEB_DIST, webApp } from './http/web-app.js';
import { PrerequisiteError } from './neo4j/prerequisites.js';
import { openDatabase, type Database } from './runtime/open-database.js';
import { loadSeedIfEmpty } from './ingest/seed-loader.js';
import { startFeedPolling } from './sources/feed-scheduler.js';
import { createWebSources } from './sources/web-sources.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const state: { db?: Database; stopPolling?: () => void } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down...`);
    state.stopPolling?.();
    server.close();
    server.closeAllConnections();
    await state.db?.close();
    process.exit(0);
  };
  const app = { current: undefined as ReturnType<typeof createApp> | undefined };
  const web = webApp();
  if (!web) console.log(`no web app in ${WEB_DIST}: run \`npm run build\` (serving the API only)`);
  const notFound = (res: ServerResponse) =>
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (
      path.startsWith('/graphql') ||
      path === '/health' ||
      path === '/ready' ||
      path.startsWith('/export')
    ) {
      if (!app.current) {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('starting');
        return;
      }
      void app.current.handle(req, res);
      return;
    }
    if (web && (req.method === 'GET' || req.method === 'HEAD')) web(req, res, () => notFound(res));
    else notFound(res);
  });
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const db = await openDatabase(config);
  state.db = db;
  try {
    await loadSeedIfEmpty(db.gateway, config);
    app.current = createApp({ driver: db.driver, config, database: db.database });
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(config.port, config.host, done);
    });
  } catch (err) {
    await db.close();
    throw err;
  }
  if (config.feedPollMinutes > 0) {
    const sources = createWebSources(createGateway(db.driver, { database: db.database }), config);
    state.stopPolling = startFeedPolling(sources, config.feedPollMinutes);
    console.log(`polling feeds every ${config.feedPollMinutes} minute(s) (KG_FEED_POLL_MINUTES)`);
  }
  const shown = config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(`EV knowledge graph ready: http://${shown}:${config.port}/ (GraphQL at /graphql)`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof PrerequisiteError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
