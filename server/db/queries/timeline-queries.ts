// Read query for the timeline: claims (and distinct articles) per week or month of publication.
import type { EntityType, RelationType } from '../../../schema/ontology.js';
import { fillGaps, type TimeBucket, type TimePeriod } from '../../../schema/time-buckets.js';
import type { Gateway } from '../gateway.js';
import { allowedTypes } from './relation-queries.js';
import type { TimeRange } from './subgraph-queries.js';

/** The graph filters the timeline honours, plus the entities it is about. */
export interface TimelineArgs {
  period: TimePeriod;
  relationTypes?: readonly RelationType[] | null;
  entityTypes?: readonly EntityType[] | null;
  minConfidence: number;
  timeRange?: TimeRange | null;
  /** Only claims whose subject or object is one of these entities (null or empty: all). */
  ids?: readonly string[] | null;
}

// Only the active conditions are written, as in the subgraph queries; values stay parameters.
function claimFilter(a: TimelineArgs, ids: boolean, entityTypes: boolean): string {
  const parts = [
    'c.publishedAt IS NOT NULL',
    'NOT coalesce(c.rejected, false)',
    'c.type IN $types',
  ];
  if (a.minConfidence > 0) parts.push('coalesce(c.confidence, 0.0) >= $minConfidence');
  if (a.timeRange?.from) parts.push('substring(c.publishedAt, 0, 10) >= $timeFrom');
  if (a.timeRange?.to) parts.push('substring(c.publishedAt, 0, 10) <= $timeTo');
  if (ids) parts.push('(c.subjectId IN $ids OR c.objectId IN $ids)');
  if (entityTypes) {
    // Like the neighbourhood: the given entities pass whatever their type; others must match.
    for (const end of ['subjectId', 'objectId'])
      parts.push(
        `(c.${end} IN $ids OR EXISTS { MATCH (x:Entity {id: c.${end}}) WHERE x.type IN $entityTypes })`,
      );
  }
  return parts.join(' AND ');
}

/** Claim and article counts per period, oldest first, empty periods in between included. */
export async function timeline(db: Gateway, a: TimelineArgs): Promise<TimeBucket[]> {
  const types = allowedTypes(a.relationTypes);
  if (types.length === 0) return [];
  const ids = a.ids?.length ? [...new Set(a.ids)] : null;
  const entityTypes = a.entityTypes?.length ? a.entityTypes : null;
  const rows = await db.read((tx) =>
    tx.run(
      `MATCH (c:Claim) WHERE ${claimFilter(a, ids !== null, entityTypes !== null)}
       WITH c, date(substring(c.publishedAt, 0, 10)) AS day
       WITH c, CASE $period WHEN 'WEEK' THEN date.truncate('week', day)
                ELSE date.truncate('month', day) END AS start
       RETURN toString(start) AS start, count(c) AS claims, count(DISTINCT c.articleId) AS articles
       ORDER BY start`,
      {
        period: a.period,
        types,
        minConfidence: a.minConfidence,
        timeFrom: a.timeRange?.from ?? null,
        timeTo: a.timeRange?.to ?? null,
        ids: ids ?? [],
        entityTypes,
      },
    ),
  );
  return fillGaps(
    rows.records.map((r) => ({
      start: r.get('start') as string,
      claimCount: Number(r.get('claims')),
      articleCount: Number(r.get('articles')),
    })),
    a.period,
  );
}
