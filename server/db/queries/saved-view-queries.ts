// Read queries for saved views of the web explorer.
import type { Gateway } from '../gateway.js';

/** A saved view as stored: `state` is the web app's JSON text. */
export interface SavedViewRecord {
  id: string;
  name: string;
  state: string;
  createdAt: string;
  updatedAt: string;
}

const PROJECTION = 'v {.id, .name, .state, .createdAt, .updatedAt}';

/** Every saved view, most recently saved first (at most `limit`). */
export async function savedViews(db: Gateway, limit = 500): Promise<SavedViewRecord[]> {
  const res = await db.read((tx) =>
    tx.run(
      `MATCH (v:SavedView) RETURN ${PROJECTION} AS v
       ORDER BY v.updatedAt DESC, v.id LIMIT toInteger($limit)`,
      { limit },
    ),
  );
  return res.records.map((r) => r.get('v') as SavedViewRecord);
}

/** One saved view, or null. */
export async function savedView(db: Gateway, id: string): Promise<SavedViewRecord | null> {
  const res = await db.read((tx) =>
    tx.run(`MATCH (v:SavedView {id: $id}) RETURN ${PROJECTION} AS v`, { id }),
  );
  return (res.records[0]?.get('v') as SavedViewRecord | undefined) ?? null;
}
