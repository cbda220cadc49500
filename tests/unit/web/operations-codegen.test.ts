// The web app's typed operations match what GraphQL Code Generator makes from the SDL now.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config, { WEB_OPERATIONS_TARGET } from '../../../codegen.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

it(`${WEB_OPERATIONS_TARGET} is up to date with the SDL and operations.graphql (else run \`npm run codegen\`)`, async () => {
  const target = config.generates[WEB_OPERATIONS_TARGET];
  expect(target).toBeDefined();
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    // Generating validates every operation against schema/schema.graphql: an unknown field fails here.
    const files = (await generate(
      { ...config, generates: { [WEB_OPERATIONS_TARGET]: target! }, silent: true },
      false,
    )) as { filename: string; content: string }[];
    const fresh = files.find((f) => f.filename.endsWith(WEB_OPERATIONS_TARGET));
    expect(fresh?.content).toBe(readFileSync(resolve(ROOT, WEB_OPERATIONS_TARGET), 'utf8'));
  } finally {
    process.chdir(cwd);
  }
}, 60_000);
