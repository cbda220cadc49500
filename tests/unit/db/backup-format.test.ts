// Backup format 1: property values keep their Cypher type through encode and decode.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  BackupError,
  decodeProps,
  decodeValue,
  encodeValue,
  primaryLabel,
} from '../../../server/db/backup/backup-format.js';

describe('backup values', () => {
  it('writes integers as numbers and integral floats tagged', () => {
    expect(encodeValue(3, 'INTEGER NOT NULL', 'x')).toBe(3);
    expect(encodeValue(0.9, 'FLOAT NOT NULL', 'x')).toBe(0.9);
    expect(encodeValue(1, 'FLOAT NOT NULL', 'x')).toEqual({ $float: 1 });
    expect(encodeValue(NaN, 'FLOAT NOT NULL', 'x')).toEqual({ $float: 'NaN' });
    expect(encodeValue(['a', 'b'], 'LIST<STRING NOT NULL> NOT NULL', 'x')).toEqual(['a', 'b']);
    expect(encodeValue([1, 2], 'LIST<INTEGER NOT NULL> NOT NULL', 'x')).toEqual([1, 2]);
    expect(encodeValue([1, 0.5], 'LIST<FLOAT NOT NULL> NOT NULL', 'x')).toEqual({
      $floats: [1, 0.5],
    });
    expect(encodeValue(true, 'BOOLEAN NOT NULL', 'x')).toBe(true);
  });

  it('refuses types the format does not carry, naming where', () => {
    expect(() =>
      encodeValue({}, 'ZONED DATETIME NOT NULL', 'an Article node, property at'),
    ).toThrow(/an Article node, property at has a value of type ZONED DATETIME/);
  });

  it('reads integers back as driver integers and tagged floats as numbers', () => {
    expect(decodeValue(3, 'x')).toEqual(neo4j.int(3));
    expect(decodeValue(0.5, 'x')).toBe(0.5);
    expect(decodeValue({ $float: 2 }, 'x')).toBe(2);
    expect(decodeValue({ $float: 'Infinity' }, 'x')).toBe(Infinity);
    expect(decodeValue([1, 2], 'x')).toEqual([neo4j.int(1), neo4j.int(2)]);
    expect(decodeValue({ $floats: [1, 2.5] }, 'x')).toEqual([1, 2.5]);
    expect(decodeProps({ a: 'x', n: 1 }, 'w')).toEqual({ a: 'x', n: neo4j.int(1) });
  });

  it('refuses values that are not stored values', () => {
    expect(() => decodeValue(null, 'line 4, property p')).toThrow(BackupError);
    expect(() => decodeValue({ $float: 1, extra: 2 }, 'w')).toThrow(/not a stored property value/);
    expect(() => decodeValue([{}], 'w')).toThrow(/a list holds/);
    expect(() => decodeProps([], 'w')).toThrow(/"props" must be an object/);
  });
});

describe('backup labels', () => {
  it('accepts graph-model nodes and names the primary label', () => {
    expect(primaryLabel(['Entity', 'Company'])).toBe('Entity');
    expect(primaryLabel(['AliasKey'])).toBe('AliasKey');
    expect(primaryLabel(['MergeLog'])).toBe('MergeLog');
    expect(primaryLabel(['Feed'])).toBe('Feed');
    expect(primaryLabel(['FeedPoll'])).toBe('FeedPoll');
  });

  it('refuses labels outside the graph model', () => {
    expect(() => primaryLabel(['Probe'])).toThrow(/:Probe is not part of the graph model/);
    expect(() => primaryLabel(['Entity', 'Admin'])).toThrow(/not part of the graph model/);
    expect(() => primaryLabel(['Entity', 'Article'])).toThrow(/not part of the graph model/);
    expect(() => primaryLabel([])).toThrow(/\(no label\)/);
  });
});
