// Constraints and indexes, applied idempotently at start (one statement per `;`).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (k:AliasKey) REQUIRE k.key IS UNIQUE;
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
// The substring filter `entities(filter: { name })`: `nameKey CONTAINS` is served by a TEXT index.
CREATE TEXT INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey);
CREATE INDEX entity_mentions IF NOT EXISTS FOR (e:Entity) ON (e.mentionCount);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.hash);
CREATE INDEX claim_type IF NOT EXISTS FOR (c:Claim) ON (c.type);
CREATE INDEX claim_key IF NOT EXISTS FOR (c:Claim) ON (c.type, c.subjectId, c.objectId);
CREATE INDEX merge_log_at IF NOT EXISTS FOR (m:MergeLog) ON (m.at);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasesText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX article_search IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
// Loading by link and by feed: articles are found by URL; a feed is identified by its URL.
CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE CONSTRAINT feed_url IF NOT EXISTS FOR (f:Feed) REQUIRE f.url IS UNIQUE;
CREATE CONSTRAINT feed_poll_id IF NOT EXISTS FOR (p:FeedPoll) REQUIRE p.id IS UNIQUE;
// Saved views of the web explorer.
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE;
// Curation log: one event per merge, rejection, restore, edit and deletion (with its undo data).
CREATE CONSTRAINT curation_event_id IF NOT EXISTS FOR (v:CurationEvent) REQUIRE v.id IS UNIQUE;
CREATE INDEX curation_event_at IF NOT EXISTS FOR (v:CurationEvent) ON (v.at);
CREATE INDEX claim_rejected IF NOT EXISTS FOR (c:Claim) ON (c.rejected);
// A hub's stored ranked neighbour list (server/db/writes/neighbour-rank-store.ts), one per entity.
CREATE CONSTRAINT neighbour_rank_entity IF NOT EXISTS FOR (k:NeighbourRank) REQUIRE k.entityId IS UNIQUE;
