// The committed resolver types match what GraphQL Code Generator makes from schema.graphql now.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config from '../../../codegen.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const TARGET = 'server/graphql/generated/resolvers-types.ts';

it('server/graphql/generated/resolvers-types.ts is up to date (else run `npm run codegen`)', async () => {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const files = (await generate({ ...config, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    const fresh = files.find((f) => f.filename.endsWith(TARGET));
    expect(fresh?.content).toBe(readFileSync(resolve(ROOT, TARGET), 'utf8'));
  } finally {
    process.chdir(cwd);
  }
}, 60_000);
