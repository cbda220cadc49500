// The gold annotation file (NAME.gold.json beside NAME.txt): zod schema and a reader with clear errors.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../../schema/ontology.js';
import { normaliseName } from './match-names.js';

const name = z.string().refine((s) => normaliseName(s) !== '', 'must contain a letter or digit');

const goldEntity = z.strictObject({
  name,
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(name).default([]),
  optional: z.boolean().default(false),
});

const goldRelation = z.strictObject({
  type: z.enum(RELATION_TYPES),
  source: z.string().min(1),
  target: z.string().min(1),
  optional: z.boolean().default(false),
});

const goldFile = z
  .strictObject({
    article: z.string().min(1).optional(),
    language: z.enum(['fr', 'en']),
    title: z.string(),
    publishedAt: z.union([
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD, or "" when no date is stated'),
      z.literal(''),
      z.null(),
    ]),
    author: z.string().nullable().optional(),
    entities: z.array(goldEntity),
    relations: z.array(goldRelation),
    mustNotExtract: z.array(name).default([]),
  })
  .superRefine((gold, ctx) => {
    const names = new Set<string>();
    gold.entities.forEach((e, i) => {
      if (names.has(e.name))
        ctx.addIssue({
          code: 'custom',
          path: ['entities', i, 'name'],
          message: `duplicate entity name "${e.name}"`,
        });
      names.add(e.name);
    });
    gold.relations.forEach((r, i) => {
      for (const end of ['source', 'target'] as const) {
        if (!names.has(r[end]))
          ctx.addIssue({
            code: 'custom',
            path: ['relations', i, end],
            message: `"${r[end]}" is not the name of an entity in "entities"`,
          });
      }
    });
  });

/** A validated gold annotation. */
export type Gold = z.infer<typeof goldFile>;
export type GoldEntity = Gold['entities'][number];
export type GoldRelation = Gold['relations'][number];

/** Bad evaluation input (missing file, invalid JSON, schema violation); the message names the file. */
export class EvalInputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'EvalInputError';
  }
}

/** Validates parsed JSON as a gold annotation; throws EvalInputError listing every problem. */
export function parseGold(json: unknown, file: string): Gold {
  const result = goldFile.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const at = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${at}: ${issue.message}`;
  });
  throw new EvalInputError(file, `invalid gold annotation:\n  ${problems.join('\n  ')}`);
}

/** Reads and validates `NAME.gold.json`; returns the gold and the path of its article file. */
export function readGoldFile(file: string): { gold: Gold; articlePath: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new EvalInputError(file, `cannot read JSON: ${why}`);
  }
  const gold = parseGold(json, file);
  const article = gold.article ?? `${basename(file, '.gold.json')}.txt`;
  const articlePath = join(dirname(file), article);
  if (!existsSync(articlePath))
    throw new EvalInputError(file, `article file ${articlePath} does not exist`);
  return { gold, articlePath };
}
