// Unit tests for the typed configuration: defaults, validation messages, safety rules.
import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopback, loadConfig } from '../../../server/config/config.js';

describe('loadConfig', () => {
  it('has working defaults for a local start', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.neo4jUri).toBeNull();
    expect(c.managed.boltPort).toBe(7687);
    expect(c.managed.httpPort).toBe(7474);
    expect(c.maxArticleBytes).toBe(2 * 1024 * 1024);
    expect(c.maxPageSize).toBe(1000);
    expect(c.readOnly).toBe(false);
    expect(c.seedOnEmpty).toBe(true);
    expect(c.responseCache).toBe(true);
    expect(c.responseCacheSize).toBe(2000);
    expect(c.responseCacheBytes).toBe(32 * 1024 * 1024);
    expect(c.managed.dataDir).toMatch(/\.data\/neo4j$/);
  });

  it('reads variables and coerces types', () => {
    const c = loadConfig({
      PORT: '4100',
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      KG_READ_ONLY: 'true',
      KG_CORS_ORIGINS: 'https://a.example, https://b.example',
      KG_RESPONSE_CACHE: 'false',
      KG_RESPONSE_CACHE_SIZE: '50',
      KG_RESPONSE_CACHE_MB: '0.5',
    });
    expect(c.port).toBe(4100);
    expect(c.neo4jUri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(c.neo4jUser).toBe('reader');
    expect(c.readOnly).toBe(true);
    expect(c.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(c.responseCache).toBe(false);
    expect(c.responseCacheSize).toBe(50);
    expect(c.responseCacheBytes).toBe(512 * 1024);
  });

  it('names the variable in error messages', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between 1 and 65535/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI must be/);
    expect(() => loadConfig({ KG_NEO4J_HEAP: 'lots' })).toThrow(/KG_NEO4J_HEAP/);
    expect(() => loadConfig({ KG_READ_ONLY: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ KG_RESPONSE_CACHE: 'sometimes' })).toThrow(/KG_RESPONSE_CACHE/);
    expect(() => loadConfig({ KG_RESPONSE_CACHE_SIZE: 'lots' })).toThrow(
      /KG_RESPONSE_CACHE_SIZE must be a number of entries/,
    );
    expect(() => loadConfig({ KG_RESPONSE_CACHE_SIZE: '0' })).toThrow(
      /KG_RESPONSE_CACHE_SIZE must be positive/,
    );
    expect(() => loadConfig({ KG_RESPONSE_CACHE_MB: 'big' })).toThrow(
      /KG_RESPONSE_CACHE_MB must be a number of megabytes/,
    );
    expect(() => loadConfig({ KG_RESPONSE_CACHE_MB: '-1' })).toThrow(
      /KG_RESPONSE_CACHE_MB must be positive/,
    );
    expect(() => loadConfig({ KG_RESPONSE_CACHE_SIZE: '1.5' })).toThrow(
      /KG_RESPONSE_CACHE_SIZE must be an integer/,
    );
  });

  it('refuses to listen beyond loopback without a token unless read-only', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/KG_API_TOKEN/);
    expect(loadConfig({ HOST: '0.0.0.0', KG_API_TOKEN: 'x'.repeat(32) }).apiToken).toHaveLength(32);
    expect(loadConfig({ HOST: '0.0.0.0', KG_READ_ONLY: '1' }).readOnly).toBe(true);
    expect(() => loadConfig({ KG_API_TOKEN: 'short' })).toThrow(/at least 16/);
  });

  it('rejects equal Bolt and HTTP ports for the managed server', () => {
    expect(() => loadConfig({ KG_NEO4J_BOLT_PORT: '7000', KG_NEO4J_HTTP_PORT: '7000' })).toThrow(
      /KG_NEO4J_HTTP_PORT/,
    );
  });

  it('knows loopback hosts', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
  });
});
