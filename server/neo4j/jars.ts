// Fetches the Neo4j server jars from Maven Central once into the cache folder and reuses them.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertMavenAvailable } from './prerequisites.js';

const POM = resolve(import.meta.dirname, 'pom.xml');

/** The Neo4j version pinned in `server/neo4j/pom.xml`. */
export function pinnedNeo4jVersion(): string {
  const pom = readFileSync(POM, 'utf8');
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new Error(`No <neo4j.version> in ${POM}`);
  return m[1];
}

/** Folder holding the jars for the pinned version (may not exist yet). */
export function jarDir(cacheDir: string): string {
  return join(cacheDir, `neo4j-${pinnedNeo4jVersion()}`, 'lib');
}

/**
 * Makes sure the pinned Neo4j jars are in `cacheDir`, fetching them with Maven the first time.
 * Returns the folder with the jars.
 */
export async function ensureNeo4jJars(
  cacheDir: string,
  log: (line: string) => void = console.log,
): Promise<string> {
  const lib = jarDir(cacheDir);
  const marker = join(lib, '.complete');
  if (existsSync(marker)) return lib;
  assertMavenAvailable();
  const version = pinnedNeo4jVersion();
  const started = Date.now();
  log(`fetching Neo4j ${version} jars from Maven Central (once, into ${lib})...`);
  const tmp = `${lib}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const args = [
    '-B',
    '-q',
    '-f',
    POM,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${tmp}`,
    '-DincludeScope=runtime',
  ];
  const output = await new Promise<{ code: number | null; text: string }>((done, fail) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (b: Buffer) => (text += b.toString()));
    child.stderr.on('data', (b: Buffer) => (text += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, text }));
  });
  if (output.code !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(
      `Maven could not fetch Neo4j ${version} (mvn ${args.join(' ')} exited ${output.code}):\n${output.text.slice(-4000)}`,
    );
  }
  rmSync(lib, { recursive: true, force: true });
  mkdirSync(resolve(lib, '..'), { recursive: true });
  renameSync(tmp, lib);
  writeFileSync(marker, `${version}\n${new Date().toISOString()}\n`);
  log(`fetched Neo4j ${version} jars in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return lib;
}
