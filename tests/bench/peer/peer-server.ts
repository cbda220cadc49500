// The peer app as its own process for the load test (like load/api-server.ts for ours).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDriver } from '../../../server/db/driver.js';
import { createPeerApp } from './peer-app.js';

const uri = process.env.KG_BENCH_NEO4J_URI;
if (!uri) throw new Error('KG_BENCH_NEO4J_URI is required');
const driver = openDriver({ uri, user: 'neo4j', password: '' });
const app = await createPeerApp(driver);
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
