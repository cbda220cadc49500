// Undo stack of graph changes (expansions, ingests): which element ids each step added.

/** One undoable step. */
export interface HistoryStep {
  label: string;
  added: string[];
}

/** A bounded LIFO of steps. */
export class History {
  private readonly steps: HistoryStep[] = [];
  constructor(private readonly max = 30) {}

  /** Records a step; steps that added nothing are ignored. */
  push(step: HistoryStep): void {
    if (step.added.length === 0) return;
    this.steps.push(step);
    if (this.steps.length > this.max) this.steps.shift();
  }

  /** Removes and returns the last step. */
  pop(): HistoryStep | undefined {
    return this.steps.pop();
  }

  get size(): number {
    return this.steps.length;
  }

  clear(): void {
    this.steps.length = 0;
  }
}
