// Export serialisation: GraphML keys and escaping, CSV quoting and formula neutralising, JSON.
import { describe, expect, it } from 'vitest';
import {
  renderExport,
  toCsv,
  toGraphml,
  toJson,
} from '../../../server/graphql/export/export-formats.js';
import type { SubgraphRecord } from '../../../server/db/queries/subgraph-queries.js';

const G: SubgraphRecord = {
  nodes: [
    {
      id: 'a&b',
      name: 'A <&> "B"',
      type: 'Company',
      aliases: ['A', 'B'],
      mentionCount: 3,
      articleCount: 2,
      firstSeen: '2024-01-01',
      lastSeen: null,
    },
    {
      id: 'c',
      name: '=HYPERLINK("x")',
      type: 'Brand',
      aliases: [],
      mentionCount: 1,
      articleCount: 1,
      firstSeen: null,
      lastSeen: null,
    },
    {
      id: 'lonely',
      name: 'Lonely, Inc.',
      type: 'Company',
      aliases: [],
      mentionCount: 1,
      articleCount: 1,
      firstSeen: null,
      lastSeen: null,
    },
  ],
  edges: [
    {
      id: 'BRAND_OF:c:a&b',
      type: 'BRAND_OF',
      sourceId: 'c',
      targetId: 'a&b',
      confidence: 0.9,
      claimCount: 2,
      articleCount: 1,
      firstSeen: '2024-01-01',
      lastSeen: '2024-02-01',
      role: null,
    },
  ],
  truncated: false,
};

describe('toGraphml', () => {
  it('declares typed keys and escapes XML', () => {
    const x = toGraphml(G);
    expect(x).toContain(
      '<key id="n_mentionCount" for="node" attr.name="mentionCount" attr.type="int"/>',
    );
    expect(x).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(x).toContain('<node id="a&amp;b">');
    expect(x).toContain('<data key="n_label">A &lt;&amp;&gt; &quot;B&quot;</data>');
    expect(x).toContain('<edge id="BRAND_OF:c:a&amp;b" source="c" target="a&amp;b">');
    expect(x).not.toContain('n_lastSeen">null');
  });
});

describe('toCsv', () => {
  it('writes an edge list, quotes fields and neutralises formulas; isolated nodes have no target', () => {
    const lines = toCsv(G).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      'c,a&b,BRAND_OF,"\'=HYPERLINK(""x"")",Brand,"A <&> ""B""",Company,0.9,2,1,2024-01-01,2024-02-01,',
    );
    expect(lines[2]).toBe('lonely,,,"Lonely, Inc.",Company,,,,,,,,');
  });
});

describe('toJson and renderExport', () => {
  it('uses source/target ids and sets MIME types', () => {
    const j = JSON.parse(toJson(G)) as { edges: { source: string; target: string }[] };
    expect(j.edges[0]).toMatchObject({ source: 'c', target: 'a&b' });
    expect(renderExport(G, 'CSV').mimeType).toBe('text/csv; charset=utf-8');
    expect(renderExport(G, 'GRAPHML').filename).toBe('ev-kg.graphml');
  });
});
