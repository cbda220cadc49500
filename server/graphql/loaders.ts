// Per-request DataLoaders: every list field resolves with one query per batch, not per parent.
import DataLoader from 'dataloader';
import type { Repository } from '../db/repository.js';
import type { EvidenceKey } from '../db/queries/evidence-queries.js';
import type {
  ArticleRecord,
  ClaimRecord,
  EntityRecord,
  RelationRecord,
} from '../db/queries/models.js';
import type { RelationArgs } from '../db/queries/relation-queries.js';
import type {
  ClaimRoleRecord,
  RelationKey,
  TypeCountRecord,
} from '../db/queries/relation-summary-queries.js';
import type { ArticleEntityModel } from './model-types.js';

/** A loader key carrying the field arguments next to the parent id. */
interface Keyed<A> {
  id: string;
  args: A;
}

const keyOf = (k: unknown) => JSON.stringify(k);

/** Batches keys that share the same arguments: one query per distinct argument set. */
function groupedLoader<A, V>(
  run: (ids: string[], args: A) => Promise<Map<string, V>>,
  empty: () => V,
): DataLoader<Keyed<A>, V, string> {
  return new DataLoader<Keyed<A>, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const k of keys) {
        const g = groups.get(keyOf(k.args)) ?? { args: k.args, ids: [] };
        g.ids.push(k.id);
        groups.set(keyOf(k.args), g);
      }
      const results = new Map<string, Map<string, V>>();
      await Promise.all(
        [...groups].map(async ([sig, g]) => results.set(sig, await run(g.ids, g.args))),
      );
      return keys.map((k) => results.get(keyOf(k.args))?.get(k.id) ?? empty());
    },
    { cacheKeyFn: keyOf },
  );
}

/** Creates the loaders of one request. */
export function createLoaders(repo: Repository) {
  const entity = new DataLoader<string, EntityRecord | null>((ids) => repo.entitiesByIds(ids));
  // The primed entities, also readable synchronously: a relation's endpoints are usually among
  // them, and a plain value spares graphql-js a promise per field (a 200-node, 400-edge
  // neighbourhood spent most of its API time awaiting `source`/`target`).
  const known = new Map<string, EntityRecord>();
  const primeEntities = (list: readonly EntityRecord[]) => {
    for (const e of list) {
      entity.clear(e.id).prime(e.id, e);
      known.set(e.id, e);
    }
  };
  return {
    entity,
    known: known as ReadonlyMap<string, EntityRecord>,
    primeEntities,
    relation: new DataLoader<string, RelationRecord | null>((ids) => repo.relationsByIds(ids)),
    relationsOf: groupedLoader<RelationArgs, RelationRecord[]>(
      async (ids, args) => {
        const { byEntity, endpoints } = await repo.relationsOfEntities(ids, args);
        primeEntities(endpoints);
        return byEntity;
      },
      () => [],
    ),
    evidence: new DataLoader<EvidenceKey, ClaimRecord[], string>(
      (keys) => repo.evidenceOfRelations(keys),
      { cacheKeyFn: keyOf },
    ),
    relationTypeCounts: new DataLoader<string, TypeCountRecord[]>(async (ids) => {
      const map = await repo.relationTypeCountsOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    claimRoles: new DataLoader<RelationKey, ClaimRoleRecord[], string>(
      (keys) => repo.claimRolesOfRelations(keys),
      { cacheKeyFn: keyOf },
    ),
    claim: new DataLoader<string, ClaimRecord | null>((ids) => repo.claimsByIds(ids)),
    article: new DataLoader<string, ArticleRecord | null>((ids) => repo.articlesByIds(ids)),
    articleText: new DataLoader<string, string>((ids) => repo.articleTexts(ids)),
    articlesOf: groupedLoader<number, ArticleRecord[]>(
      (ids, first) => repo.articlesOfEntities(ids, first),
      () => [],
    ),
    articleEntities: new DataLoader<string, ArticleEntityModel[]>(async (ids) => {
      const map = await repo.entitiesOfArticles(ids);
      primeEntities([...map.values()].flat().map((x) => x.entity));
      return ids.map((id) => map.get(id) ?? []);
    }),
    articleClaims: new DataLoader<string, ClaimRecord[]>(async (ids) => {
      const map = await repo.claimsOfArticles(ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
