// Unit tests for the single-flight probe coordinator behind the graph version.
import { describe, expect, it } from 'vitest';
import { singleFlight } from '../../../server/db/single-flight.js';

/** A probe whose runs the test finishes by hand; `results` are the values they resolve with. */
function manualProbe() {
  const runs: { resolve: (v: number) => void; reject: (e: Error) => void }[] = [];
  let running = 0;
  let maxRunning = 0;
  const probe = () =>
    new Promise<number>((resolve, reject) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      const done = () => running--;
      runs.push({
        resolve: (v) => {
          done();
          resolve(v);
        },
        reject: (e) => {
          done();
          reject(e);
        },
      });
    });
  return { probe, runs, maxRunning: () => maxRunning };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('singleFlight', () => {
  it('runs a probe for a lone caller', async () => {
    const m = manualProbe();
    const flight = singleFlight(m.probe);
    const a = flight.next();
    expect(m.runs).toHaveLength(1);
    m.runs[0]!.resolve(1);
    await expect(a).resolves.toBe(1);
  });

  it('gives a caller arriving during a probe the next probe, not the running one', async () => {
    const m = manualProbe();
    const flight = singleFlight(m.probe);
    const first = flight.next();
    const late = flight.next();
    expect(m.runs).toHaveLength(1); // queued, not started while the first runs
    m.runs[0]!.resolve(1);
    await expect(first).resolves.toBe(1);
    await tick();
    expect(m.runs).toHaveLength(2);
    m.runs[1]!.resolve(2);
    await expect(late).resolves.toBe(2);
  });

  it('shares one queued probe among all callers arriving during a probe', async () => {
    const m = manualProbe();
    const flight = singleFlight(m.probe);
    const first = flight.next();
    const waiting = Array.from({ length: 10 }, () => flight.next());
    m.runs[0]!.resolve(1);
    await tick();
    // A caller arriving now (during the second probe) waits for a third one.
    const later = flight.next();
    expect(m.runs).toHaveLength(2);
    m.runs[1]!.resolve(2);
    await tick();
    m.runs[2]!.resolve(3);
    expect(await first).toBe(1);
    expect(await Promise.all(waiting)).toEqual(Array(10).fill(2));
    expect(await later).toBe(3);
    expect(m.runs).toHaveLength(3);
    expect(m.maxRunning()).toBe(1);
  });

  it('rejects the callers of a failed probe only; the queued probe still runs', async () => {
    const m = manualProbe();
    const flight = singleFlight(m.probe);
    const first = flight.next();
    const late = flight.next();
    m.runs[0]!.reject(new Error('down'));
    await expect(first).rejects.toThrow('down');
    await tick();
    m.runs[1]!.resolve(2);
    await expect(late).resolves.toBe(2);
  });

  it('turns a synchronous throw into a rejection and recovers', async () => {
    let calls = 0;
    const flight = singleFlight(() => {
      calls++;
      if (calls === 1) throw new Error('sync');
      return Promise.resolve(calls);
    });
    await expect(flight.next()).rejects.toThrow('sync');
    await expect(flight.next()).resolves.toBe(2);
  });

  it('idle() waits for the running and queued probes', async () => {
    const m = manualProbe();
    const flight = singleFlight(m.probe);
    void flight.next();
    void flight.next();
    let idle = false;
    const done = flight.idle().then(() => (idle = true));
    m.runs[0]!.resolve(1);
    await tick();
    expect(idle).toBe(false);
    m.runs[1]!.resolve(2);
    await done;
    expect(idle).toBe(true);
  });

  it('every caller sees a probe that started after its call (random arrivals)', async () => {
    // A logical clock: calls and probe starts take increasing stamps; a probe returns its stamp.
    let clock = 0;
    let running = 0;
    let maxRunning = 0;
    const flight = singleFlight(async () => {
      const started = ++clock;
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, Math.random() * 3));
      running--;
      return started;
    });
    const callers = Array.from({ length: 200 }, async () => {
      await new Promise((r) => setTimeout(r, Math.random() * 40));
      const calledAt = ++clock;
      const seen = await flight.next();
      expect(seen).toBeGreaterThan(calledAt);
    });
    await Promise.all(callers);
    expect(maxRunning).toBe(1);
  });
});
