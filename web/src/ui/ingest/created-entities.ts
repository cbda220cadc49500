// Which entities an upload created: those whose every article came from that upload.

/** The part of one ingest result this needs. */
export interface CreatedInput {
  created: boolean;
  dryRun: boolean;
  entities: readonly { id: string; articleCount: number }[];
}

/**
 * Ids of the entities the committed results brought into the graph: an entity is new when the
 * number of articles that mention it (after the commit) equals the number of articles this upload
 * created that mention it; an entity already known has articles from before.
 */
export function createdEntityIds(results: readonly CreatedInput[]): string[] {
  const fromUpload = new Map<string, number>();
  const after = new Map<string, number>();
  for (const r of results) {
    if (r.dryRun || !r.created) continue;
    for (const e of r.entities) {
      fromUpload.set(e.id, (fromUpload.get(e.id) ?? 0) + 1);
      after.set(e.id, Math.max(after.get(e.id) ?? 0, e.articleCount));
    }
  }
  return [...fromUpload].filter(([id, n]) => (after.get(id) ?? 0) <= n).map(([id]) => id);
}
