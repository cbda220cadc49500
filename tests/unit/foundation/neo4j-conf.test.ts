// Unit tests for the managed Neo4j configuration, JVM flags, schema file and prerequisites.
import { describe, expect, it } from 'vitest';
import { jvmArgs, neo4jConf } from '../../../server/neo4j/neo4j-conf.js';
import { schemaStatements } from '../../../server/db/migrate.js';
import { pinnedNeo4jVersion } from '../../../server/neo4j/jars.js';
import { javaMajorVersion, PrerequisiteError } from '../../../server/neo4j/prerequisites.js';

const settings = {
  homeDir: '/tmp/kg',
  boltPort: 7999,
  httpPort: 7998,
  heap: '1g',
  pageCache: '512m',
};

describe('neo4jConf', () => {
  const conf = neo4jConf(settings);
  it('listens on loopback only, on the given ports', () => {
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7998');
    expect(conf).toContain('server.https.enabled=false');
  });
  it('sizes memory and turns usage reporting off', () => {
    expect(conf).toContain('server.memory.heap.max_size=1g');
    expect(conf).toContain('server.memory.pagecache.size=512m');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).toContain('server.directories.data=/tmp/kg/data');
  });
});

describe('jvmArgs', () => {
  it('passes the flags Neo4j 5 needs and the entry point', () => {
    const args = jvmArgs(settings, '/cache/lib', 17);
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(args).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
    expect(args).toContain('-Dio.netty.tryReflectionSetAccessible=true');
    expect(args).toContain('-Xmx1g');
    expect(args).toContain('/cache/lib/*');
    expect(args).toContain('org.neo4j.server.CommunityEntryPoint');
    expect(args).toContain('--home-dir=/tmp/kg');
    expect(args).toContain('--config-dir=/tmp/kg/conf');
    expect(args).not.toContain('--enable-native-access=ALL-UNNAMED');
    expect(jvmArgs(settings, '/l', 21)).toContain('--enable-native-access=ALL-UNNAMED');
  });
});

describe('schema and version', () => {
  it('pins a Neo4j 5.26 LTS patch', () => {
    expect(pinnedNeo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });
  it('splits the schema file into idempotent statements', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThanOrEqual(8);
    for (const s of statements) expect(s).toMatch(/IF NOT EXISTS/);
    expect(statements.some((s) => /entity_id .*REQUIRE e\.id IS UNIQUE/s.test(s))).toBe(true);
    expect(statements.some((s) => /FULLTEXT INDEX entity_search/.test(s))).toBe(true);
  });
  it('ignores comment lines', () => {
    expect(schemaStatements('// a comment\nRETURN 1;\n// another;\nRETURN 2;')).toEqual([
      'RETURN 1',
      'RETURN 2',
    ]);
  });
});

describe('prerequisites', () => {
  it('names both ways out when Java is missing', () => {
    let error: unknown;
    try {
      javaMajorVersion('/nonexistent/bin/java');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PrerequisiteError);
    expect((error as Error).message).toMatch(/Java was not found/);
    expect((error as Error).message).toMatch(/NEO4J_URI/);
    expect((error as Error).message).toMatch(/Maven/);
  });
  it('reads the installed Java version', () => {
    expect(javaMajorVersion()).toBeGreaterThanOrEqual(17);
  });
});
