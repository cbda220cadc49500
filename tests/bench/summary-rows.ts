// The summary table of a run: one row per figure, with the goal where it sets one.
import type { ExtractionThroughput } from './extract-throughput.js';
import type { SyntheticExtractionResult } from './extraction/extraction-bench.js';
import type { IngestResult } from './ingest/ingest-bench.js';
import { browserRows } from './lib/browser-rows.js';
import type { BrowserResult } from './lib/run-browser.js';
import { goalRow, type Row } from './lib/report.js';
import type { LoadResult } from './load/load-bench.js';
import type { QueryGraph } from './query/build-query-graph.js';
import type { CachedCaseResult } from './query/cached-query-bench.js';
import type { QueryCaseResult } from './query/query-bench.js';

/** What `summaryRows` reads from a run. */
export interface RunResults {
  extraction: { founding: ExtractionThroughput; synthetic: SyntheticExtractionResult };
  ingest: IngestResult;
  queryGraph: QueryGraph;
  queries: QueryCaseResult[];
  queriesCached: CachedCaseResult[];
  load: LoadResult;
  loadCached: LoadResult;
  browser: BrowserResult;
}

const r0 = (x: number) => Math.round(x);

/** The p95 goal for a query case: neighbourhood ≤ 15 ms, search ≤ 10 ms, else none. */
function latencyGoal(name: string): { atMost: number } | null {
  if (name.startsWith('neighborhood')) return { atMost: 15 };
  return name === 'search' ? { atMost: 10 } : null;
}

export function summaryRows(r: RunResults): Row[] {
  const rows: Row[] = [];
  const ex = r.extraction;
  rows.push(
    goalRow(
      'extraction',
      `founding article (${ex.founding.words} words), 1 core`,
      r0(ex.founding.articlesPerSecond),
      ' art/s',
      { atLeast: 1000 },
    ),
  );
  rows.push(
    goalRow(
      'extraction',
      'founding article, per CPU second',
      r0(ex.founding.cpuArticlesPerSecond),
      ' art/s',
      null,
    ),
  );
  rows.push(
    goalRow(
      'extraction',
      `synthetic corpus (${ex.synthetic.articles} × ~${Math.round(ex.synthetic.meanWords)} words), 1 core`,
      r0(ex.synthetic.articlesPerSecond),
      ' art/s',
      { atLeast: 1000 },
    ),
  );
  rows.push(
    goalRow(
      'extraction',
      'synthetic, per CPU second',
      r0(ex.synthetic.cpuArticlesPerSecond),
      ' art/s',
      null,
    ),
  );
  rows.push(goalRow('extraction', 'synthetic entity / relation recall', null, '', null));
  rows[rows.length - 1]!.value = `${ex.synthetic.entityRecall} / ${ex.synthetic.relationRecall}`;
  const ing = r.ingest;
  if (ing.perArticle)
    rows.push(
      goalRow(
        'ingest',
        `pipeline, 1 tx per article, ${ing.perArticle.articles} art.`,
        ing.perArticle.articlesPerSecond,
        ' art/s',
        { atLeast: 200 },
      ),
    );
  const cc = ing.concurrentClients;
  if (cc) {
    rows.push(
      goalRow(
        'ingest',
        `${cc.clients} concurrent one-article clients, 1 tx each, ${cc.articles} art.`,
        cc.oneByOne.articlesPerSecond,
        ' art/s',
        null,
      ),
    );
    rows.push(
      goalRow(
        'ingest',
        `${cc.clients} concurrent one-article clients, group commit, ${cc.articles} art.`,
        cc.grouped.articlesPerSecond,
        ' art/s',
        { atLeast: 100 },
      ),
    );
  }
  rows.push(
    goalRow(
      'ingest',
      `pipeline bulk (ingestDeltas, ${ing.batchSize}/tx), ${ing.small} art.`,
      ing.bulkSmall.articlesPerSecond,
      ' art/s',
      { atLeast: 200 },
    ),
  );
  rows.push(
    goalRow(
      'ingest',
      `pipeline bulk, ${ing.large} art.`,
      ing.bulkLarge.articlesPerSecond,
      ' art/s',
      { atLeast: 200 },
    ),
  );
  rows.push(
    goalRow(
      'ingest',
      `raw UNWIND MERGE (limit), ${ing.small} / ${ing.large} art.`,
      ing.rawSmall.articlesPerSecond,
      ' art/s',
      null,
    ),
  );
  rows[rows.length - 1]!.value =
    `${ing.rawSmall.articlesPerSecond} / ${ing.rawLarge.articlesPerSecond} art/s`;
  rows.push(
    goalRow(
      'ingest',
      `per-article cost ${ing.large} vs ${ing.small} (bulk)`,
      ing.costRatioLargeVsSmall,
      '×',
      { atMost: 1.2 },
    ),
  );
  rows.push(
    goalRow(
      'ingest',
      `last vs first ${ing.small}-article chunk of ${ing.large}`,
      ing.costRatioLastVsFirstChunk,
      '×',
      { atMost: 1.2 },
    ),
  );
  rows.push(
    goalRow('ingest', `pipeline bulk / raw time, ${ing.small} art.`, ing.pipelineVsRawSmall, '×', {
      atMost: 1.5,
    }),
  );
  rows.push(
    goalRow('ingest', `pipeline bulk / raw time, ${ing.large} art.`, ing.pipelineVsRawLarge, '×', {
      atMost: 1.5,
    }),
  );
  if (ing.perArticleVsRawSmall !== null)
    rows.push(
      goalRow(
        'ingest',
        `pipeline per article / raw, cost per article`,
        ing.perArticleVsRawSmall,
        '×',
        { atMost: 1.5 },
      ),
    );
  const g = r.queryGraph;
  const graphText = `${g.entities} entities, ${g.relations} rel., ${g.articles} articles`;
  for (const q of r.queries) {
    const goal = latencyGoal(q.name);
    rows.push(goalRow('query', `${q.name} p50 / p99 in-process (${graphText})`, null, '', null));
    rows[rows.length - 1]!.value = `${q.inProcess.p50} / ${q.inProcess.p99} ms`;
    rows.push(goalRow('query', `${q.name} p95 in-process, no cache`, q.inProcess.p95, ' ms', goal));
    rows.push(goalRow('query', `${q.name} p50 / p95 / p99 HTTP`, null, '', null));
    rows[rows.length - 1]!.value = `${q.http.p50} / ${q.http.p95} / ${q.http.p99} ms`;
    rows.push(goalRow('query', `${q.name} p50 / p95 / p99 raw Bolt`, null, '', null));
    rows[rows.length - 1]!.value = `${q.raw.p50} / ${q.raw.p95} / ${q.raw.p99} ms`;
    rows.push(goalRow('query', `${q.name} GraphQL / raw (p95)`, q.ratioP95, '×', { atMost: 1.5 }));
    const scans = q.plans.flatMap((p) => p.labelScans);
    rows.push({
      area: 'query',
      metric: `${q.name} plans (${q.statements} statements)`,
      value: scans.length ? `label scans: ${scans.join(', ')}` : 'index seeks, no label scan',
      goal: 'no label scans',
      met: scans.length === 0,
    });
  }
  for (const q of r.queriesCached) {
    const goal = latencyGoal(q.name);
    rows.push(
      goalRow(
        'query',
        `${q.name} p95 in-process, response cache warm (${q.cypherPerRequest} Cypher/request)`,
        q.inProcess.p95,
        ' ms',
        goal,
      ),
    );
  }
  for (const l of [r.load, r.loadCached]) {
    const cache = l.responseCache
      ? `response cache on, ${l.distinctRequests} distinct requests`
      : 'response cache off';
    rows.push(
      goalRow(
        'load',
        `autocannon c=${l.connections}, ${l.durationSeconds} s × ${l.runs}, ${cache}: throughput`,
        l.requestsPerSecond,
        ' req/s',
        { atLeast: 1000 },
      ),
    );
    rows.push(goalRow('load', `p99 latency, ${cache}`, l.p99Ms, ' ms', { atMost: 100 }));
    rows.push(
      goalRow('load', `errors + non-2xx, ${cache}`, l.errors + l.non2xx, '', { atMost: 0 }),
    );
    rows.push({
      area: 'load',
      metric: `CPU per request: API process / Neo4j, ${cache}`,
      value: `${l.apiCpuMsPerRequest ?? 'n/a'} / ${l.neo4jCpuMsPerRequest ?? 'n/a'} ms`,
      goal: '',
      met: null,
    });
  }
  rows.push(goalRow('memory', 'peak RSS, ingest process', ing.peakRssMiB, ' MiB', null));
  rows.push(
    goalRow(
      'memory',
      'peak RSS, API process under load',
      Math.max(r.load.apiPeakRssMiB, r.loadCached.apiPeakRssMiB),
      ' MiB',
      null,
    ),
  );
  rows.push(...browserRows(r.browser));
  return rows;
}
