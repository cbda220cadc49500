// GETs one URL for the server: address guard on every hop, bounded redirects, deadline, size cap.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { KgError } from '../errors.js';
import {
  AddressNotAllowedError,
  addressChecker,
  guardedLookup,
  type AddressPolicy,
} from './address-guard.js';
import { ACCEPT, articleFormat, isFeedType, parseContentType } from './content-types.js';

/** What a fetch may do. */
export interface FetchLimits extends AddressPolicy {
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
}

/** A fetched body with what the response said about it. */
export interface FetchedBody {
  /** The URL asked for (normalised). */
  url: string;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  mime: string;
  charset: string | null;
  body: Buffer;
  redirects: number;
}

/** Parses and checks a URL given by a user: absolute http(s), no credentials. */
export function parseFetchUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new KgError('INVALID_URL', `Not a URL: ${JSON.stringify(raw.slice(0, 200))}.`, {
      url: raw.slice(0, 200),
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new KgError(
      'INVALID_URL',
      `Only http and https URLs can be fetched (got ${url.protocol}).`,
      {
        url: url.href,
      },
    );
  }
  if (url.username || url.password) {
    throw new KgError('INVALID_URL', 'URLs with a user name or password are not fetched.', {
      url: `${url.protocol}//${url.host}${url.pathname}`,
    });
  }
  url.hash = '';
  return url;
}

function bareHost(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  CERT_HAS_EXPIRED: 'the TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the TLS certificate is self-signed',
};

function request(url: URL, limits: FetchLimits, accept: string, signal: AbortSignal) {
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise<{ res: IncomingMessage; abort: () => void }>((done, fail) => {
    const req = lib.request(url, {
      method: 'GET',
      agent: false,
      lookup: guardedLookup(limits),
      signal,
      headers: {
        'user-agent': limits.userAgent,
        accept,
        'accept-encoding': 'identity',
        'accept-language': 'en, fr;q=0.9',
      },
    });
    req.once('response', (res) => done({ res, abort: () => req.destroy() }));
    req.once('error', fail);
    req.end();
  });
}

async function readCapped(
  res: IncomingMessage,
  maxBytes: number,
  abort: () => void,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > maxBytes) {
      abort();
      throw tooLarge(maxBytes);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(maxBytes: number): KgError {
  return new KgError(
    'ARTICLE_TOO_LARGE',
    `The page is larger than ${maxBytes} bytes (KG_MAX_ARTICLE_BYTES).`,
    { maxBytes },
  );
}

function translate(err: unknown, url: URL, signal: AbortSignal, timeoutMs: number): unknown {
  if (err instanceof KgError) return err;
  if (err instanceof AddressNotAllowedError) return notAllowed(url, err.range);
  if (signal.aborted) {
    return new KgError('FETCH_TIMEOUT', `${url.host} did not answer within ${timeoutMs} ms.`, {
      url: url.href,
      timeoutMs,
    });
  }
  const code = (err as { code?: string }).code ?? '';
  const reason = NETWORK_REASONS[code] ?? (err instanceof Error ? err.message : String(err));
  return new KgError('FETCH_FAILED', `Could not fetch ${url.href}: ${reason}.`, {
    url: url.href,
    reason: code || 'ERROR',
  });
}

function notAllowed(url: URL, range: string): KgError {
  return new KgError(
    'ADDRESS_NOT_ALLOWED',
    `${url.host} is a ${range} address; the server does not fetch from private networks (KG_FETCH_ALLOW_PRIVATE).`,
    { url: url.href, range },
  );
}

/**
 * Fetches `raw` as an article page or a feed. Throws KgError: INVALID_URL, ADDRESS_NOT_ALLOWED,
 * FETCH_FAILED (network, HTTP status), FETCH_TIMEOUT, TOO_MANY_REDIRECTS, NOT_AN_ARTICLE,
 * NOT_A_FEED, ARTICLE_TOO_LARGE.
 */
export async function fetchUrl(
  raw: string,
  kind: 'article' | 'feed',
  limits: FetchLimits,
  maxBytes: number,
): Promise<FetchedBody> {
  const first = parseFetchUrl(raw);
  const check = addressChecker(limits);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = first;
  for (let redirects = 0; ; redirects++) {
    // Literal addresses never reach the resolver: check them here, before connecting.
    const host = bareHost(url);
    const literal = isIP(host) ? check(host) : null;
    if (literal) throw notAllowed(url, literal);
    let res: IncomingMessage;
    let abort: () => void;
    try {
      ({ res, abort } = await request(url, limits, ACCEPT[kind], signal));
    } catch (err) {
      throw translate(err, url, signal, limits.timeoutMs);
    }
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      res.resume();
      abort();
      const location = res.headers.location;
      if (!location) {
        throw new KgError('FETCH_FAILED', `${url.href} redirects (${status}) without a Location.`, {
          url: url.href,
          status,
        });
      }
      if (redirects >= limits.maxRedirects) {
        throw new KgError(
          'TOO_MANY_REDIRECTS',
          `${first.href} redirects more than ${limits.maxRedirects} times.`,
          { url: first.href, maxRedirects: limits.maxRedirects },
        );
      }
      try {
        url = parseFetchUrl(new URL(location, url).href);
      } catch (err) {
        throw err instanceof KgError
          ? new KgError(
              'FETCH_FAILED',
              `${url.href} redirects to an unusable URL: ${err.message}`,
              {
                url: url.href,
                status,
              },
            )
          : err;
      }
      continue;
    }
    if (status < 200 || status > 299) {
      res.resume();
      abort();
      throw new KgError('FETCH_FAILED', `${url.href} answered HTTP ${status}.`, {
        url: url.href,
        status,
      });
    }
    const { mime, charset } = parseContentType(res.headers['content-type']);
    if (kind === 'article' ? articleFormat(mime) === null : !isFeedType(mime)) {
      res.resume();
      abort();
      throw new KgError(
        kind === 'article' ? 'NOT_AN_ARTICLE' : 'NOT_A_FEED',
        `${url.href} is ${mime || 'of no stated type'}, not ${kind === 'article' ? 'an HTML or text page' : 'an RSS or Atom feed'}.`,
        { url: url.href, contentType: mime },
      );
    }
    const length = Number(res.headers['content-length'] ?? NaN);
    if (Number.isFinite(length) && length > maxBytes) {
      res.resume();
      abort();
      throw tooLarge(maxBytes);
    }
    let body: Buffer;
    try {
      body = await readCapped(res, maxBytes, abort);
    } catch (err) {
      throw translate(err, url, signal, limits.timeoutMs);
    }
    return { url: first.href, finalUrl: url.href, mime, charset, body, redirects };
  }
}
