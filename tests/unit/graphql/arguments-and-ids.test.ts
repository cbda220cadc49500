// Argument checks, cursors, relation ids and the mutation guard (pure).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config/config.js';
import { decodeCursor, encodeCursor } from '../../../server/db/queries/cursor.js';
import { parseRelationId } from '../../../server/db/queries/models.js';
import { confidence, intInRange, isoDate, pageSize } from '../../../server/graphql/arguments.js';
import { writeRefusal } from '../../../server/graphql/write-guard-plugin.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('arguments', () => {
  it('caps page sizes with LIMIT_EXCEEDED and rejects negatives', () => {
    expect(pageSize(undefined, 'first', 1000, 50)).toBe(50);
    expect(pageSize(1000, 'first', 1000, 50)).toBe(1000);
    expect(codeOf(() => pageSize(1001, 'first', 1000, 50))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => pageSize(-1, 'first', 1000, 50))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => intInRange(4, 'depth', 1, 3, 1))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => confidence(1.5))).toBe('INVALID_ARGUMENT');
    expect(isoDate('2024-02-29', 'since')).toBe('2024-02-29');
    expect(codeOf(() => isoDate('2024-2-1', 'since'))).toBe('INVALID_ARGUMENT');
  });
});

describe('cursors', () => {
  it('round-trips and rejects forged cursors', () => {
    expect(decodeCursor(encodeCursor({ k: 12, id: 'renault' }))).toEqual({ k: 12, id: 'renault' });
    expect(codeOf(() => decodeCursor('bm9wZQ'))).toBe('INVALID_ARGUMENT');
  });
});

describe('parseRelationId', () => {
  it('offers every split when ids contain colons', () => {
    expect(parseRelationId('LEADS:luca:renault')).toEqual({
      type: 'LEADS',
      candidates: [{ sourceId: 'luca', targetId: 'renault' }],
    });
    expect(parseRelationId('PRODUCES:plant:douai:renault-5')?.candidates).toHaveLength(2);
    expect(parseRelationId('nope')).toBeNull();
  });
});

describe('writeRefusal', () => {
  const base = loadConfig({});
  it('allows loopback, requires the token beyond it, refuses in read-only mode', () => {
    expect(writeRefusal(base, null)).toBeNull();
    const remote = { ...base, host: '0.0.0.0', apiToken: 'a-long-enough-token-1' };
    expect(writeRefusal(remote, null)?.code).toBe('UNAUTHENTICATED');
    expect(writeRefusal(remote, 'Bearer nope')?.code).toBe('UNAUTHENTICATED');
    expect(writeRefusal(remote, 'Bearer a-long-enough-token-1')).toBeNull();
    expect(writeRefusal({ ...base, readOnly: true }, null)?.code).toBe('READ_ONLY');
  });
});
