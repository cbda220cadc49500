// Stores GraphDeltas: one write transaction per article (or per batch), idempotent by content.
import type { GraphDelta } from '../../../schema/graph-delta.js';
import type { Gateway, Tx } from '../gateway.js';
import { resolveExisting, resolveForWrite } from './resolve-existing.js';
import { normalizeDelta, planContentOnly, planWrite } from './write-plan.js';
import { updateNeighbourRanksAfterIngest, type WrittenPair } from './neighbour-rank-store.js';

/** What storing one delta did: the delta as written (ids resolved) and whether its Article is new. */
export interface StoredDelta {
  delta: GraphDelta;
  /** False when the article was already in the graph (nothing written); a dry run: would it be. */
  created: boolean;
}

/** Options of {@link storeDeltas}. */
export interface StoreOptions {
  /** Resolve against the graph (in a read transaction) but write nothing. */
  dryRun?: boolean;
  /** Articles per write transaction (default: all in one). */
  batchSize?: number;
}

const EXISTING_ARTICLES_CYPHER =
  'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN collect(a.id) AS found';

/**
 * Resolves and writes deltas inside `tx` (in order; a repeated article id counts once): one read
 * (resolution and the articles already present), then one write statement. Returns, per input
 * delta, the resolved delta and whether its Article was created.
 */
export async function writeDeltasInTx(
  tx: Tx,
  deltas: readonly GraphDelta[],
  now: string,
): Promise<StoredDelta[]> {
  const { deltas: resolvedRaw, existingArticles: existing } = await resolveForWrite(tx, deltas);
  const resolved = resolvedRaw.map(normalizeDelta);
  // Cheap early exit before any lock is taken; the MERGE below decides under concurrency.
  const firstOfId = new Map<string, number>();
  resolved.forEach((d, i) => {
    if (!existing.has(d.article.id) && !firstOfId.has(d.article.id)) firstOfId.set(d.article.id, i);
  });
  const toWrite = [...firstOfId.values()].map((i) => resolved[i]!);
  const created = new Set<string>();
  if (toWrite.length > 0) {
    const st = planWrite(toWrite, now);
    const res = await tx.run(st.cypher, st.params);
    const row = res.records[0];
    for (const id of (row?.get('created') as string[] | undefined) ?? []) created.add(id);
    let written = row?.get('wroteContent') === true ? st.params.relations : [];
    if (row?.get('wroteContent') !== true && created.size > 0) {
      // Another writer created some of these articles meanwhile: content for ours only.
      const c = planContentOnly(
        toWrite.filter((d) => created.has(d.article.id)),
        now,
      );
      await tx.run(c.cypher, c.params);
      written = c.params.relations ?? [];
    }
    // The hubs' ranked neighbour lists follow in the same transaction.
    await updateNeighbourRanksAfterIngest(tx, (written ?? []) as WrittenPair[]);
  }
  return resolved.map((d, i) => ({
    delta: d,
    created: created.has(d.article.id) && firstOfId.get(d.article.id) === i,
  }));
}

/** The dry run of one delta inside a read `tx`: resolved and normalised; would it be created. */
export async function previewDeltaInTx(tx: Tx, delta: GraphDelta): Promise<StoredDelta> {
  const res = await tx.run(EXISTING_ARTICLES_CYPHER, { ids: [delta.article.id] });
  const found = (res.records[0]?.get('found') as string[] | undefined) ?? [];
  const resolved = normalizeDelta(await resolveExisting(tx, delta));
  return { delta: resolved, created: found.length === 0 };
}

/**
 * Stores already extracted deltas through the gateway, `batchSize` per write transaction (one set
 * of statements per batch, rows merged across its articles); a dry run reads only. Deltas of the
 * same article after the first return `created: false`.
 */
export async function storeDeltas(
  gateway: Gateway,
  deltas: readonly GraphDelta[],
  opts: StoreOptions = {},
): Promise<StoredDelta[]> {
  const out: StoredDelta[] = [];
  if (opts.dryRun) {
    for (const d of deltas) out.push(await gateway.read((tx) => previewDeltaInTx(tx, d)));
    return out;
  }
  const size = Math.max(1, opts.batchSize ?? deltas.length);
  for (let i = 0; i < deltas.length; i += size) {
    const batch = deltas.slice(i, i + size);
    const now = new Date().toISOString();
    out.push(...(await gateway.write((tx) => writeDeltasInTx(tx, batch, now))));
  }
  return out;
}

/** Stores one delta in its own transaction; see {@link storeDeltas}. */
export async function storeDelta(
  gateway: Gateway,
  delta: GraphDelta,
  opts: Omit<StoreOptions, 'batchSize'> = {},
): Promise<StoredDelta> {
  const [r] = await storeDeltas(gateway, [delta], opts);
  return r!;
}
