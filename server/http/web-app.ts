// Serves the built web app (web/dist, made by `npm run build`) with sirv; index.html for client routes.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

/** Where `npm run build` (vite build) writes the web app. */
export const WEB_DIST = resolve(import.meta.dirname, '..', '..', 'web', 'dist');

/** Answers a request for the web app; calls `next` when no file matches. */
export type WebHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * The handler for the built web app, or null when `dist` holds no build (the API still runs).
 * Hashed files under /assets/ are cached for a year; everything else is revalidated.
 */
export function webApp(dist: string = WEB_DIST): WebHandler | null {
  if (!existsSync(join(dist, 'index.html'))) return null;
  const serve = sirv(dist, {
    single: true,
    etag: true,
    setHeaders: (res, pathname) => {
      res.setHeader(
        'cache-control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      res.setHeader('x-content-type-options', 'nosniff');
    },
  });
  return (req, res, next) => serve(req, res, next);
}
