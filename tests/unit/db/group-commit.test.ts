// The group-commit batcher: which writes share a transaction, and that each caller keeps its own outcome.
import { describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../../server/db/group-commit.js';

/** A commit function that records each group and settles it when the test says so. */
function recorder(fail: (items: string[]) => Error | null = () => null) {
  const groups: string[][] = [];
  const open: (() => void)[] = [];
  const commit = (items: string[]) => {
    groups.push(items);
    return new Promise<string[]>((resolve, reject) => {
      open.push(() => {
        const err = fail(items);
        if (err) reject(err);
        else resolve(items.map((i) => `stored ${i}`));
      });
    });
  };
  /** Settles every transaction started so far, then lets the batcher start the next. */
  const settle = async () => {
    while (open.length > 0) open.shift()!();
    await new Promise((r) => setTimeout(r, 5));
  };
  return { groups, commit, settle };
}

describe('group commit', () => {
  it('groups writes arriving within the window, and those arriving during a commit', async () => {
    const r = recorder();
    const gc = createGroupCommit({ commit: r.commit, windowMs: 1 });
    const first = ['a', 'b', 'c'].map((x) => gc.submit(x));
    await new Promise((res) => setTimeout(res, 5));
    expect(r.groups).toEqual([['a', 'b', 'c']]);
    // A transaction is in flight: these wait and go together in the next one.
    const second = ['d', 'e'].map((x) => gc.submit(x));
    expect(gc.pending()).toBe(5);
    await r.settle();
    expect(r.groups).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    await r.settle();
    expect(await Promise.all([...first, ...second])).toEqual([
      'stored a',
      'stored b',
      'stored c',
      'stored d',
      'stored e',
    ]);
    expect(gc.pending()).toBe(0);
  });

  it('caps a group by items and by weight; a heavy item goes alone', async () => {
    const r = recorder();
    const gc = createGroupCommit({
      commit: r.commit,
      windowMs: 1,
      maxItems: 3,
      maxWeight: 10,
      weight: (x: string) => x.length,
    });
    const all = ['a', 'b', 'c', 'd', 'eeeeeeeeeeee', 'ff', 'ggggggggg'].map((x) => gc.submit(x));
    for (let i = 0; i < 6; i++) await r.settle();
    expect(r.groups).toEqual([['a', 'b', 'c'], ['d'], ['eeeeeeeeeeee'], ['ff'], ['ggggggggg']]);
    expect(await Promise.all(all)).toHaveLength(7);
  });

  it('retries a failed group one by one, so only the bad member fails', async () => {
    const r = recorder((items) => (items.includes('bad') ? new Error('constraint') : null));
    const gc = createGroupCommit({ commit: r.commit, windowMs: 1 });
    const settled = Promise.allSettled(['a', 'bad', 'c'].map((x) => gc.submit(x)));
    for (let i = 0; i < 5; i++) await r.settle();
    expect(r.groups).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
    const out = await settled;
    expect(out[0]).toEqual({ status: 'fulfilled', value: 'stored a' });
    expect(out[1]).toMatchObject({ status: 'rejected', reason: { message: 'constraint' } });
    expect(out[2]).toEqual({ status: 'fulfilled', value: 'stored c' });
  });

  it('fails every member without retrying when retryAlone says no (database down)', async () => {
    const r = recorder(() => new Error('down'));
    const gc = createGroupCommit({ commit: r.commit, windowMs: 1, retryAlone: () => false });
    const settled = Promise.allSettled(['a', 'b'].map((x) => gc.submit(x)));
    await new Promise((res) => setTimeout(res, 5));
    await r.settle();
    expect(r.groups).toEqual([['a', 'b']]);
    const out = await settled;
    expect(out.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  });

  it('a lone write is committed alone after the window', async () => {
    const r = recorder();
    const gc = createGroupCommit({ commit: r.commit, windowMs: 1 });
    const one = gc.submit('solo');
    await new Promise((res) => setTimeout(res, 5));
    await r.settle();
    expect(await one).toBe('stored solo');
    expect(r.groups).toEqual([['solo']]);
  });
});
