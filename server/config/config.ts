// Typed configuration read once from the environment and validated at start-up.
import { resolve } from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

/** Everything the server, CLI and tests can be configured with. */
export interface Config {
  port: number;
  host: string;
  /** External Neo4j; when null the project runs its own managed server. */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string | null;
  managed: {
    boltPort: number;
    httpPort: number;
    dataDir: string;
    cacheDir: string;
    heap: string;
    pageCache: string;
    startTimeoutMs: number;
  };
  apiToken: string | null;
  /** The API token's name in the curation log (KG_API_TOKEN_NAME, default `api-token`). */
  apiTokenName: string;
  readOnly: boolean;
  corsOrigins: string[];
  maxArticleBytes: number;
  maxArticleWords: number;
  maxPageSize: number;
  production: boolean;
  /** GraphQL introspection; default: on unless production (KG_INTROSPECTION overrides). */
  introspection?: boolean;
  seedOnEmpty: boolean;
  /** Answer repeated GraphQL queries from memory while the graph version is unchanged. */
  responseCache: boolean;
  /** Most responses the cache keeps (least recently used are evicted first). */
  responseCacheSize: number;
  /** Most bytes of results (their JSON length) the cache keeps. */
  responseCacheBytes: number;
  /** Fetching articles and feeds by URL. */
  fetch: FetchSettings;
  /** Minutes between automatic polls of every feed; 0 (the default) turns polling off. */
  feedPollMinutes: number;
  /** How API requests learn that Neo4j is down and fail at once (see db/db-readiness.ts). */
  dbReadiness: {
    freshMs: number;
    recheckMs: number;
    probeTimeoutMs: number;
    probeWaitMs: number;
  };
}

/** How the server fetches pages and feeds from the web. */
export interface FetchSettings {
  /** Allow loopback, private and link-local addresses (KG_FETCH_ALLOW_PRIVATE; default off). */
  allowPrivate: boolean;
  /** Addresses or CIDR ranges allowed even though private (KG_FETCH_ALLOW_ADDRESSES). */
  allowAddresses: string[];
  /** Whole-request deadline per URL, redirects included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Requests in flight at once to one host. */
  perHost: number;
  userAgent: string;
}

const ROOT = resolve(import.meta.dirname, '..', '..');

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be an integer`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`)
    .default(fallback);

const bool = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === '1' || v === 'true' || v === 'yes');

const memory = (name: string, fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmgKMG]?$/, `${name} must look like 512m or 2g`)
    .default(fallback);

function millis(name: string, fallback: number) {
  return z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int(`${name} must be an integer`)
    .positive(`${name} must be positive`)
    .default(fallback);
}

const EnvSchema = z.object({
  PORT: port('PORT', 4000),
  HOST: z.string().min(1, 'HOST must not be empty').default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/,
      'NEO4J_URI must be a neo4j:// or bolt:// URI (with +s/+ssc for TLS)',
    )
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  KG_NEO4J_BOLT_PORT: port('KG_NEO4J_BOLT_PORT', 7687),
  KG_NEO4J_HTTP_PORT: port('KG_NEO4J_HTTP_PORT', 7474),
  KG_DATA_DIR: z.string().default(resolve(ROOT, '.data', 'neo4j')),
  KG_CACHE_DIR: z.string().default(resolve(ROOT, '.cache')),
  KG_NEO4J_HEAP: memory('KG_NEO4J_HEAP', '2g'),
  KG_NEO4J_PAGECACHE: memory('KG_NEO4J_PAGECACHE', '2g'),
  KG_NEO4J_START_TIMEOUT_MS: z.coerce
    .number({ error: 'KG_NEO4J_START_TIMEOUT_MS must be a number of milliseconds' })
    .int()
    .positive('KG_NEO4J_START_TIMEOUT_MS must be positive')
    .default(120_000),
  KG_API_TOKEN: z.string().min(16, 'KG_API_TOKEN must be at least 16 characters').optional(),
  KG_API_TOKEN_NAME: z
    .string()
    .trim()
    .min(1, 'KG_API_TOKEN_NAME must not be empty')
    .max(100, 'KG_API_TOKEN_NAME must be at most 100 characters')
    .default('api-token'),
  KG_READ_ONLY: bool(false),
  KG_CORS_ORIGINS: z.string().default(''),
  KG_MAX_ARTICLE_BYTES: z.coerce
    .number({ error: 'KG_MAX_ARTICLE_BYTES must be a number of bytes' })
    .int()
    .positive('KG_MAX_ARTICLE_BYTES must be positive')
    .default(2 * 1024 * 1024),
  KG_MAX_ARTICLE_WORDS: z.coerce
    .number({ error: 'KG_MAX_ARTICLE_WORDS must be a number of words' })
    .int()
    .positive('KG_MAX_ARTICLE_WORDS must be positive')
    .default(50_000),
  KG_MAX_PAGE_SIZE: z.coerce
    .number({ error: 'KG_MAX_PAGE_SIZE must be a number' })
    .int()
    .min(1, 'KG_MAX_PAGE_SIZE must be at least 1')
    .default(1000),
  NODE_ENV: z.string().default('development'),
  KG_INTROSPECTION: z.enum(['1', '0', 'true', 'false', 'yes', 'no']).optional(),
  KG_SEED: bool(true),
  KG_RESPONSE_CACHE: bool(true),
  KG_RESPONSE_CACHE_SIZE: z.coerce
    .number({ error: 'KG_RESPONSE_CACHE_SIZE must be a number of entries' })
    .int('KG_RESPONSE_CACHE_SIZE must be an integer')
    .positive('KG_RESPONSE_CACHE_SIZE must be positive')
    .default(2000),
  KG_RESPONSE_CACHE_MB: z.coerce
    .number({ error: 'KG_RESPONSE_CACHE_MB must be a number of megabytes' })
    .positive('KG_RESPONSE_CACHE_MB must be positive')
    .default(32),
  KG_FETCH_ALLOW_PRIVATE: bool(false),
  KG_FETCH_ALLOW_ADDRESSES: z
    .string()
    .default('')
    .refine(
      (v) => splitList(v).every(isAddressOrRange),
      'KG_FETCH_ALLOW_ADDRESSES must be a comma-separated list of IP addresses or CIDR ranges',
    ),
  KG_FETCH_TIMEOUT_MS: z.coerce
    .number({ error: 'KG_FETCH_TIMEOUT_MS must be a number of milliseconds' })
    .int('KG_FETCH_TIMEOUT_MS must be an integer')
    .positive('KG_FETCH_TIMEOUT_MS must be positive')
    .default(15_000),
  KG_FETCH_MAX_REDIRECTS: z.coerce
    .number({ error: 'KG_FETCH_MAX_REDIRECTS must be a number' })
    .int('KG_FETCH_MAX_REDIRECTS must be an integer')
    .min(0, 'KG_FETCH_MAX_REDIRECTS must be 0 or more')
    .max(20, 'KG_FETCH_MAX_REDIRECTS must be at most 20')
    .default(5),
  KG_FETCH_PER_HOST: z.coerce
    .number({ error: 'KG_FETCH_PER_HOST must be a number' })
    .int('KG_FETCH_PER_HOST must be an integer')
    .min(1, 'KG_FETCH_PER_HOST must be at least 1')
    .max(32, 'KG_FETCH_PER_HOST must be at most 32')
    .default(2),
  KG_DB_FRESH_MS: millis('KG_DB_FRESH_MS', 2_000),
  KG_DB_RECHECK_MS: millis('KG_DB_RECHECK_MS', 2_000),
  KG_DB_PROBE_TIMEOUT_MS: millis('KG_DB_PROBE_TIMEOUT_MS', 10_000),
  KG_DB_PROBE_WAIT_MS: millis('KG_DB_PROBE_WAIT_MS', 500),
  KG_FEED_POLL_MINUTES: z.coerce
    .number({ error: 'KG_FEED_POLL_MINUTES must be a number of minutes' })
    .min(0, 'KG_FEED_POLL_MINUTES must be 0 (off) or more')
    .default(0),
});

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function isAddressOrRange(value: string): boolean {
  return value.includes('/') ? ipaddr.isValidCIDR(value) : ipaddr.isValid(value);
}

/** The User-Agent sent with every fetch. */
export const FETCH_USER_AGENT =
  'ev-kg-explorer/0.1 (knowledge-graph article loader; one request per article)';

/** Thrown when the environment holds an invalid setting; the message names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** True when the host only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** Reads and validates the configuration from `env` (default `process.env`). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    neo4jUri: e.NEO4J_URI ?? null,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE ?? null,
    managed: {
      boltPort: e.KG_NEO4J_BOLT_PORT,
      httpPort: e.KG_NEO4J_HTTP_PORT,
      dataDir: resolve(e.KG_DATA_DIR),
      cacheDir: resolve(e.KG_CACHE_DIR),
      heap: e.KG_NEO4J_HEAP,
      pageCache: e.KG_NEO4J_PAGECACHE,
      startTimeoutMs: e.KG_NEO4J_START_TIMEOUT_MS,
    },
    apiToken: e.KG_API_TOKEN ?? null,
    apiTokenName: e.KG_API_TOKEN_NAME,
    readOnly: e.KG_READ_ONLY,
    corsOrigins: e.KG_CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    maxArticleBytes: e.KG_MAX_ARTICLE_BYTES,
    maxArticleWords: e.KG_MAX_ARTICLE_WORDS,
    maxPageSize: e.KG_MAX_PAGE_SIZE,
    production: e.NODE_ENV === 'production',
    introspection:
      e.KG_INTROSPECTION === undefined
        ? e.NODE_ENV !== 'production'
        : ['1', 'true', 'yes'].includes(e.KG_INTROSPECTION),
    seedOnEmpty: e.KG_SEED,
    responseCache: e.KG_RESPONSE_CACHE,
    responseCacheSize: e.KG_RESPONSE_CACHE_SIZE,
    responseCacheBytes: Math.round(e.KG_RESPONSE_CACHE_MB * 1024 * 1024),
    fetch: {
      allowPrivate: e.KG_FETCH_ALLOW_PRIVATE,
      allowAddresses: splitList(e.KG_FETCH_ALLOW_ADDRESSES),
      timeoutMs: e.KG_FETCH_TIMEOUT_MS,
      maxRedirects: e.KG_FETCH_MAX_REDIRECTS,
      perHost: e.KG_FETCH_PER_HOST,
      userAgent: FETCH_USER_AGENT,
    },
    feedPollMinutes: e.KG_FEED_POLL_MINUTES,
    dbReadiness: {
      freshMs: e.KG_DB_FRESH_MS,
      recheckMs: e.KG_DB_RECHECK_MS,
      probeTimeoutMs: e.KG_DB_PROBE_TIMEOUT_MS,
      probeWaitMs: e.KG_DB_PROBE_WAIT_MS,
    },
  };
  if (!isLoopback(config.host) && !config.apiToken && !config.readOnly) {
    throw new ConfigError(
      `Invalid configuration:\n  KG_API_TOKEN: required when HOST=${config.host} listens beyond loopback (or set KG_READ_ONLY=true)`,
    );
  }
  if (config.managed.boltPort === config.managed.httpPort) {
    throw new ConfigError(
      'Invalid configuration:\n  KG_NEO4J_HTTP_PORT: must differ from KG_NEO4J_BOLT_PORT',
    );
  }
  return config;
}

/** The project root folder (where package.json lives). */
export const PROJECT_ROOT = ROOT;
