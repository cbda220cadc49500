// Group commit: single writes arriving together share one transaction; each caller keeps its own result or error.

/** How a {@link createGroupCommit} batcher groups and commits. */
export interface GroupCommitOptions<T, R> {
  /** Commits `items` in one transaction; returns one result per item, in order. */
  commit(items: T[]): Promise<R[]>;
  /** How long the first write of an idle batcher waits for others (ms, default 2). */
  windowMs?: number;
  /** Most items per transaction (default 32). */
  maxItems?: number;
  /** Most total weight per transaction (default unbounded); an item heavier than this goes alone. */
  maxWeight?: number;
  /** An item's weight (default 1), e.g. its text length. */
  weight?: (item: T) => number;
  /**
   * Whether the members of a failed group are retried one transaction each (so only the bad one
   * fails); default always. When false every member gets the group's error (the database is down).
   */
  retryAlone?: (error: unknown) => boolean;
}

/** A batcher: `submit` resolves with the item's own result, or rejects with its own error. */
export interface GroupCommit<T, R> {
  submit(item: T): Promise<R>;
  /** Items waiting and in the transaction in flight (0 when idle). */
  pending(): number;
}

interface Waiting<T, R> {
  item: T;
  resolve(r: R): void;
  reject(e: unknown): void;
}

/**
 * Creates a group-commit batcher. One transaction is in flight at a time: writes that arrive while
 * it commits (or within `windowMs` of an idle batcher's first write) go together in the next one.
 * When a group's transaction fails, each member is retried alone, so one bad item fails alone.
 */
export function createGroupCommit<T, R>(opts: GroupCommitOptions<T, R>): GroupCommit<T, R> {
  const windowMs = opts.windowMs ?? 2;
  const maxItems = Math.max(1, opts.maxItems ?? 32);
  const maxWeight = opts.maxWeight ?? Number.POSITIVE_INFINITY;
  const weight = opts.weight ?? (() => 1);
  const retryAlone = opts.retryAlone ?? (() => true);
  const queue: Waiting<T, R>[] = [];
  let inFlight = 0;
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const take = (): Waiting<T, R>[] => {
    const group: Waiting<T, R>[] = [];
    let total = 0;
    while (queue.length > 0 && group.length < maxItems) {
      const w = weight(queue[0]!.item);
      if (group.length > 0 && total + w > maxWeight) break;
      group.push(queue.shift()!);
      total += w;
    }
    return group;
  };

  const commitOne = async (w: Waiting<T, R>): Promise<void> => {
    try {
      const [r] = await opts.commit([w.item]);
      w.resolve(r as R);
    } catch (err) {
      w.reject(err);
    }
  };

  const commitGroup = async (group: Waiting<T, R>[]): Promise<void> => {
    if (group.length === 1) return commitOne(group[0]!);
    let results: R[];
    try {
      results = await opts.commit(group.map((w) => w.item));
    } catch (err) {
      if (!retryAlone(err)) {
        for (const w of group) w.reject(err);
        return;
      }
      for (const w of group) await commitOne(w);
      return;
    }
    group.forEach((w, i) => w.resolve(results[i] as R));
  };

  const drain = async (): Promise<void> => {
    timer = null;
    if (busy) return;
    busy = true;
    try {
      while (queue.length > 0) {
        const group = take();
        inFlight = group.length;
        await commitGroup(group);
        inFlight = 0;
      }
    } finally {
      busy = false;
    }
  };

  return {
    submit: (item) =>
      new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (busy || timer) return;
        if (queue.length >= maxItems) void drain();
        else timer = setTimeout(() => void drain(), windowMs);
      }),
    pending: () => queue.length + inFlight,
  };
}
