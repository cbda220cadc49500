// Unit tests: view state ↔ URL, and the GraphQL operation built from a view.
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../../web/src/state/url-state.js';
import { defaultView, OVERVIEW_LIMIT, type ViewState } from '../../../web/src/state/view-state.js';
import { graphiqlUrl, operationText, viewOperation } from '../../../web/src/state/view-query.js';

const view = (): ViewState => ({
  focus: ['ampere', 'renault'],
  depth: 2,
  filters: {
    entityTypes: ['Company', 'Plant'],
    relationTypes: ['SUBSIDIARY_OF'],
    minConfidence: 0.6,
    since: '2023-01-01',
    until: '2024-12-31',
  },
  selected: 'SUBSIDIARY_OF:ampere:renault',
  mode: 'map',
});

describe('url state', () => {
  it('round-trips a full view', () => {
    expect(decodeView(encodeView(view()))).toEqual(view());
  });
  it('encodes the default view as an empty string and decodes it back', () => {
    expect(encodeView(defaultView())).toBe('');
    expect(decodeView('')).toEqual(defaultView());
    expect(decodeView('?')).toEqual(defaultView());
  });
  it('ignores malformed or unknown values', () => {
    const v = decodeView(
      '?focus=a,,a,b&depth=9&types=Company,Spaceship&rels=NOPE&conf=7&since=yesterday&until=2024-01-01',
    );
    expect(v.focus).toEqual(['a', 'b']);
    expect(v.depth).toBe(1);
    expect(v.filters.entityTypes).toEqual(['Company']);
    expect(v.filters.relationTypes).toEqual([]);
    expect(v.filters.minConfidence).toBe(0);
    expect(v.filters.since).toBeNull();
    expect(v.filters.until).toBe('2024-01-01');
  });
  it('reads the view mode (graph by default, unknown modes ignored) and omits the default', () => {
    expect(decodeView('?view=table').mode).toBe('table');
    expect(decodeView('?view=map').mode).toBe('map');
    expect(decodeView('?view=globe').mode).toBe('graph');
    expect(encodeView({ ...defaultView(), mode: 'table' })).toBe('view=table');
    expect(encodeView({ ...defaultView(), mode: 'graph' })).toBe('');
  });
  it('escapes ids with special characters', () => {
    const v = { ...defaultView(), focus: ['a&b=c', 'é x'] };
    expect(decodeView(encodeView(v)).focus).toEqual(['a&b=c', 'é x']);
  });
});

describe('view query', () => {
  it('uses the overview when nothing is focused', () => {
    const op = viewOperation(defaultView());
    expect(op.query).toMatch(/overview\(limit: \$limit, timeRange: \$timeRange/);
    expect(op.variables).toEqual({ limit: OVERVIEW_LIMIT });
  });
  it('builds the neighbourhood query with the filters as variables', () => {
    const op = viewOperation(view());
    expect(op.query).toMatch(/neighborhood\(/);
    expect(op.query).toContain('fragment EntityFields on Entity');
    expect(op.variables).toEqual({
      ids: ['ampere', 'renault'],
      depth: 2,
      limit: 300,
      relationTypes: ['SUBSIDIARY_OF'],
      entityTypes: ['Company', 'Plant'],
      minConfidence: 0.6,
      since: '2023-01-01',
      until: '2024-12-31',
    });
  });
  it('leaves unset filters out', () => {
    const op = viewOperation({ ...defaultView(), focus: ['x'] });
    expect(Object.keys(op.variables).sort()).toEqual(['depth', 'ids', 'limit']);
  });
  it('gives copyable text and a GraphiQL link carrying query and variables', () => {
    const op = viewOperation(view());
    const body = JSON.parse(operationText(op)) as { query: string; variables: unknown };
    expect(body).toEqual({ query: op.query.trim(), variables: op.variables });
    const url = new URL(graphiqlUrl(op), 'http://x');
    expect(url.pathname).toBe('/graphql');
    expect(url.searchParams.get('query')).toBe(op.query);
    expect(JSON.parse(url.searchParams.get('variables') ?? '{}')).toEqual(op.variables);
  });
});
