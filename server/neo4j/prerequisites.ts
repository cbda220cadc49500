// Checks that Java 17+ (and, for the first fetch, Maven) exist before the managed Neo4j is used.
import { spawnSync } from 'node:child_process';

/** The error for a machine that cannot run the managed Neo4j; names both ways out. */
export class PrerequisiteError extends Error {
  constructor(problem: string) {
    super(
      `${problem}\n` +
        'The managed local Neo4j needs Java 17+ (and Maven for the one-time download of its jars).\n' +
        'Either install them (e.g. `apt-get install openjdk-17-jre-headless maven`), or point the app\n' +
        'at any running Neo4j 5 with NEO4J_URI (e.g. neo4j://localhost:7687), NEO4J_USER and NEO4J_PASSWORD.',
    );
    this.name = 'PrerequisiteError';
  }
}

/** Returns the major version of `java` on PATH (or JAVA_HOME), or throws PrerequisiteError. */
export function javaMajorVersion(javaBin = javaExecutable()): number {
  const res = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new PrerequisiteError(`Java was not found (tried \`${javaBin} -version\`).`);
  }
  const text = `${res.stderr}${res.stdout}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!m?.[1]) throw new PrerequisiteError(`Could not read the Java version from: ${text.trim()}`);
  const major = m[1] === '1' ? Number(m[2]) : Number(m[1]);
  if (major < 17) {
    throw new PrerequisiteError(`Java ${major} was found but Neo4j 5.26 needs Java 17 or newer.`);
  }
  return major;
}

/** The java binary: JAVA_HOME's if set, else `java` from PATH. */
export function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  return home ? `${home}/bin/java` : 'java';
}

/** Throws PrerequisiteError when `mvn` cannot run. */
export function assertMavenAvailable(): void {
  const res = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new PrerequisiteError(
      'Maven (`mvn`) was not found; it is needed to fetch the Neo4j jars once.',
    );
  }
}
