// Write query for curating one entity: rename, replace aliases, change type (label included).
import { isEntityType, type EntityType } from '../../../schema/ontology.js';
import { KgError } from '../../errors.js';
import type { Gateway } from '../gateway.js';
import { entityProjection, type EntityRecord } from '../queries/models.js';
import { aliasKeys } from '../writes/alias-key.js';
import { nameKey } from '../writes/name-key.js';
import { LOCAL_ACTOR, logCuration } from './curation-log.js';
import { captureNodes, captureRels, type NodeRef } from './snapshot.js';

/** Changes to apply; absent fields stay as they are. */
export interface EntityUpdate {
  name?: string | null;
  aliases?: readonly string[] | null;
  type?: EntityType | null;
  /** Map coordinates: undefined leaves them, null removes the edited ones. */
  location?: { lat: number; lon: number } | null;
}

function checkLocation(loc: { lat: number; lon: number }): void {
  if (!Number.isFinite(loc.lat) || loc.lat < -90 || loc.lat > 90)
    throw new KgError('INVALID_ARGUMENT', `lat must be between -90 and 90 (got ${loc.lat}).`);
  if (!Number.isFinite(loc.lon) || loc.lon < -180 || loc.lon > 180)
    throw new KgError('INVALID_ARGUMENT', `lon must be between -180 and 180 (got ${loc.lon}).`);
}

function clean(value: string, what: string): string {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v || v.length > 300) {
    throw new KgError('INVALID_ARGUMENT', `${what} must be 1 to 300 characters.`);
  }
  return v;
}

/**
 * Updates an entity in one write transaction, logged as done by `actor`, and returns it;
 * ENTITY_NOT_FOUND when missing.
 */
export async function updateEntity(
  db: Gateway,
  id: string,
  update: EntityUpdate,
  actor: string = LOCAL_ACTOR,
): Promise<EntityRecord> {
  const name = update.name != null ? clean(update.name, 'name') : null;
  if (update.type != null && !isEntityType(update.type)) {
    throw new KgError('INVALID_ARGUMENT', `Unknown entity type ${String(update.type)}.`);
  }
  if (update.location) checkLocation(update.location);
  return db.write(async (tx) => {
    const current = await tx.run(
      'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases',
      { id },
    );
    const row = current.records[0];
    if (!row) throw new KgError('ENTITY_NOT_FOUND', `No entity with id ${id}.`, { id });
    const ref: NodeRef = ['Entity', id];
    const aliasRels = await captureRels(tx, [ref], ['ALIAS_OF']);
    const before = {
      nodes: await captureNodes(tx, [ref, ...aliasRels.map((r) => r.from)]),
      rels: aliasRels,
    };
    const finalName = name ?? (row.get('name') as string);
    const given = update.aliases ?? (row.get('aliases') as string[]);
    const aliases = [
      ...new Set([finalName, ...given.map((a) => clean(a, 'alias'))].filter(Boolean)),
    ];
    const keys = aliasKeys(finalName, aliases);
    await tx.run(
      `MATCH (e:Entity {id: $id})
       SET e.name = $name, e.nameKey = $nameKey, e.aliases = $aliases, e.aliasesText = $aliasesText,
           e.updatedAt = toString(datetime())
       WITH e
       OPTIONAL MATCH (k:AliasKey)-[old:ALIAS_OF]->(e) WHERE NOT k.key IN $keys
       DELETE old
       WITH DISTINCT e, k
       CALL (k) { WITH k WHERE k IS NOT NULL AND NOT (k)-[:ALIAS_OF]->() DELETE k }
       WITH DISTINCT e
       UNWIND $keys AS key
       MERGE (k:AliasKey {key: key})
       MERGE (k)-[:ALIAS_OF]->(e)`,
      {
        id,
        name: finalName,
        nameKey: nameKey(finalName),
        aliases,
        aliasesText: aliases.join(' | '),
        keys,
      },
    );
    const oldType = row.get('type') as string;
    if (update.type && update.type !== oldType && isEntityType(oldType)) {
      // Both labels come from the ontology whitelist, never from raw input.
      await tx.run(
        `MATCH (e:Entity {id: $id}) REMOVE e:${oldType} SET e:${update.type}, e.type = $type`,
        {
          id,
          type: update.type,
        },
      );
    }
    if (update.location !== undefined) {
      await tx.run('MATCH (e:Entity {id: $id}) SET e.lat = $lat, e.lon = $lon', {
        id,
        lat: update.location?.lat ?? null,
        lon: update.location?.lon ?? null,
      });
    }
    const oldName = row.get('name') as string;
    const changes = [
      finalName !== oldName ? `name “${oldName}” → “${finalName}”` : null,
      update.aliases ? 'aliases' : null,
      update.type && update.type !== oldType ? `type ${oldType} → ${update.type}` : null,
      update.location !== undefined ? 'location' : null,
    ].filter(Boolean);
    await logCuration(tx, {
      kind: 'UPDATE_ENTITY',
      actor,
      at: new Date().toISOString(),
      summary: `Edited ${finalName} (${changes.join(', ') || 'no change'})`,
      targets: [id],
      before,
      plan: { relationKeys: [], entityIds: [id], extra: {} },
    });
    const res = await tx.run(`MATCH (e:Entity {id: $id}) RETURN ${entityProjection('e')} AS e`, {
      id,
    });
    return res.records[0]!.get('e') as EntityRecord;
  });
}
