// A small web site for fetch tests: node:http on 127.0.0.1 with a route table, closed by the test.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** A route handler; `hits` counts requests per path. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A running test site. */
export interface TestSite {
  origin: string;
  port: number;
  url(path: string): string;
  /** Requests received per path (query included). */
  hits: Map<string, number>;
  /** Replaces or adds routes while running. */
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/** Starts a loopback-only site serving `routes` (404 for anything else). */
export async function startSite(routes: Record<string, Route>): Promise<TestSite> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = table.get(path);
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    hits,
    routes: table,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A route answering `body` with `contentType` (string bodies are sent as UTF-8). */
export function page(body: string | Buffer, contentType: string): Route {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': contentType }).end(body);
  };
}

/** A route redirecting (302) to `location`. */
export function redirect(location: string, status = 302): Route {
  return (_req, res) => {
    res.writeHead(status, { location }).end();
  };
}
