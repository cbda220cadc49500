// Unit tests: filters, undo history, text highlighting, error words, file formats, relation groups.
import { describe, expect, it } from 'vitest';
import { edgePasses, nodePasses } from '../../../web/src/graph/filters.js';
import { History } from '../../../web/src/graph/history.js';
import { findTerms, layerText } from '../../../web/src/util/highlight.js';
import { apiErrorFrom, describeError, networkError } from '../../../web/src/api/errors.js';
import { formatFromName } from '../../../web/src/util/files.js';
import { groupRelations } from '../../../web/src/util/group-relations.js';
import { defaultView } from '../../../web/src/state/view-state.js';

describe('filters', () => {
  const f = () => defaultView().filters;
  const edge = {
    type: 'SUPPLIES',
    confidence: 0.7,
    firstSeen: '2023-05-01',
    lastSeen: '2024-03-01',
  };
  it('passes everything with no filters', () => {
    expect(nodePasses({ type: 'Plant' }, f())).toBe(true);
    expect(edgePasses(edge, f())).toBe(true);
  });
  it('filters by type, confidence and date range', () => {
    expect(nodePasses({ type: 'Plant' }, { ...f(), entityTypes: ['Company'] })).toBe(false);
    expect(edgePasses(edge, { ...f(), relationTypes: ['LEADS'] })).toBe(false);
    expect(edgePasses(edge, { ...f(), minConfidence: 0.8 })).toBe(false);
    expect(edgePasses(edge, { ...f(), until: '2023-01-01' })).toBe(false);
    expect(edgePasses(edge, { ...f(), since: '2024-06-01' })).toBe(false);
    expect(edgePasses(edge, { ...f(), since: '2024-01-01', until: '2024-12-31' })).toBe(true);
  });
});

describe('history', () => {
  it('undoes in LIFO order, ignores empty steps and is bounded', () => {
    const h = new History(2);
    h.push({ label: 'none', added: [] });
    h.push({ label: 'a', added: ['1'] });
    h.push({ label: 'b', added: ['2'] });
    h.push({ label: 'c', added: ['3'] });
    expect(h.size).toBe(2);
    expect(h.pop()?.label).toBe('c');
    expect(h.pop()?.label).toBe('b');
    expect(h.pop()).toBeUndefined();
  });
});

describe('highlight', () => {
  it('finds whole-word, accent- and case-insensitive terms, longest first', () => {
    const text = 'Renault Group and renault; Renaultsport. Ampère Électrique.';
    const r = findTerms(text, [
      { term: 'Renault', title: 'Renault' },
      { term: 'Renault Group', title: 'Renault' },
      { term: 'Ampere', title: 'Ampere' },
    ]);
    expect(r.map((x) => text.slice(x.start, x.end))).toEqual([
      'Renault Group',
      'renault',
      'Ampère',
    ]);
  });
});

describe('errors', () => {
  it('uses analyst words for known codes', () => {
    expect(describeError({ message: 'x', extensions: { code: 'DATABASE_UNAVAILABLE' } })).toMatch(
      /unavailable/,
    );
    expect(describeError({ message: 'Unexpected error.' })).toMatch(/unexpected error/);
    expect(
      describeError({ message: 'text is empty', extensions: { code: 'INVALID_ARTICLE' } }),
    ).toMatch(/text is empty/);
    expect(apiErrorFrom([{ message: 'a', extensions: { code: 'LIMIT_EXCEEDED' } }]).code).toBe(
      'LIMIT_EXCEEDED',
    );
    expect(networkError(503).message).toMatch(/starting/);
  });
});

describe('files', () => {
  it('accepts .txt, .md and .html only', () => {
    expect(formatFromName('a.TXT')).toBe('text');
    expect(formatFromName('a.md')).toBe('markdown');
    expect(formatFromName('a.htm')).toBe('html');
    expect(formatFromName('a.pdf')).toBeNull();
  });
});

describe('group relations', () => {
  it('groups by type and direction, strongest first', () => {
    const mk = (
      type: 'SUBSIDIARY_OF' | 'OPERATES',
      s: string,
      t: string,
      articleCount: number,
    ) => ({
      id: `${type}:${s}:${t}`,
      type,
      confidence: 0.8,
      claimCount: 1,
      articleCount,
      firstSeen: null,
      lastSeen: null,
      role: null,
      source: { id: s, name: s, type: 'Company' as const },
      target: { id: t, name: t, type: 'Company' as const },
    });
    const groups = groupRelations('ampere', [
      mk('OPERATES', 'ampere', 'douai', 1),
      mk('OPERATES', 'ampere', 'maubeuge', 3),
      mk('SUBSIDIARY_OF', 'ampere', 'renault', 2),
      mk('SUBSIDIARY_OF', 'x', 'ampere', 1),
    ]);
    expect(groups.map((g) => g.heading)).toEqual([
      'operates',
      'subsidiary of',
      'subsidiary of (incoming)',
    ]);
    expect(groups[0]?.lines.map((l) => l.other.id)).toEqual(['maubeuge', 'douai']);
    expect(groups[2]?.lines[0]?.outgoing).toBe(false);
  });
});

describe('layered highlight', () => {
  it('stacks overlapping kinds and covers the whole text', () => {
    const text = 'Ampere is part of Renault.';
    const layers = layerText(text, [
      { start: 0, end: 26, kind: 'hl-claim' },
      { start: 0, end: 6, kind: 'hl-mention', title: 'Ampere' },
      { start: 18, end: 25, kind: 'hl-mention', title: 'Renault' },
    ]);
    expect(layers.map((l) => l.text).join('')).toBe(text);
    expect(layers[0]).toMatchObject({
      text: 'Ampere',
      kinds: ['hl-claim', 'hl-mention'],
      title: 'Ampere',
    });
    expect(layers[1]).toMatchObject({ text: ' is part of ', kinds: ['hl-claim'] });
    expect(layerText('abc', [])).toEqual([{ text: 'abc', start: 0, kinds: [] }]);
  });
});
