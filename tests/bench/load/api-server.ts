// The API as its own process for the load test: yoga app in node:http on 127.0.0.1, bench Neo4j.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../server/config/config.js';
import { openDriver } from '../../../server/db/driver.js';
import { createApp } from '../../../server/graphql/create-app.js';

const uri = process.env.KG_BENCH_NEO4J_URI;
if (!uri) throw new Error('KG_BENCH_NEO4J_URI is required');
const config = loadConfig({
  HOST: '127.0.0.1',
  KG_SEED: 'false',
  NODE_ENV: 'production',
  KG_RESPONSE_CACHE: process.env.KG_RESPONSE_CACHE ?? 'false',
});
const driver = openDriver({ uri, user: 'neo4j', password: '' });
const app = createApp({ driver, config });
const server = createServer((req, res) => void app.handle(req, res));
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${(server.address() as AddressInfo).port}\n`);
});
const stop = () => {
  server.close();
  server.closeAllConnections();
  void driver.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
