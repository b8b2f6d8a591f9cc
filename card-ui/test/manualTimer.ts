import type { SearchTimer } from '../src/TableCard';

/** A search timer that fires only when the test says time has passed. */
export class ManualTimer implements SearchTimer {
  private next = 0;
  private readonly waiting = new Map<number, { run: () => void; delayMs: number }>();

  set(run: () => void, delayMs: number): unknown {
    this.next += 1;
    this.waiting.set(this.next, { run, delayMs });
    return this.next;
  }

  clear(handle: unknown): void {
    this.waiting.delete(handle as number);
  }

  /** How many callbacks wait, and for how long each was set. */
  delays(): number[] {
    return [...this.waiting.values()].map((w) => w.delayMs);
  }

  /** The user stopped typing: everything waiting runs. */
  elapse(): void {
    const due = [...this.waiting.values()];
    this.waiting.clear();
    due.forEach((w) => w.run());
  }
}
