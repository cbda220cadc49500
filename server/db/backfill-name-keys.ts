// Migration step: gives every Entity without a `nameKey` (data written before it existed) its key.
import type { Gateway } from './gateway.js';
import { nameKey } from './writes/name-key.js';

const BATCH = 5000;

/**
 * Sets `nameKey` on entities that lack it, in batches of 5,000 (one write transaction each);
 * returns how many it set. Finding them reads every entity once (no index holds missing values),
 * which is once per start; every write keeps the key afterwards.
 */
export async function backfillNameKeys(gateway: Gateway): Promise<number> {
  let total = 0;
  for (;;) {
    const set = await gateway.write(async (tx) => {
      const res = await tx.run(
        `MATCH (e:Entity) WHERE e.nameKey IS NULL AND e.name IS :: STRING
         RETURN e.id AS id, e.name AS name LIMIT toInteger($n)`,
        { n: BATCH },
      );
      const rows = res.records.map((r) => ({
        id: r.get('id') as string,
        key: nameKey(r.get('name') as string),
      }));
      if (rows.length > 0) {
        await tx.run('UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.nameKey = row.key', {
          rows,
        });
      }
      return rows.length;
    });
    total += set;
    if (set < BATCH) return total;
  }
}
