// Readiness state machine: fresh "up" skips the probe, "down" fails at once until a recheck is due.
import { describe, expect, it } from 'vitest';
import { createDbReadiness } from '../../../server/db/db-readiness.js';

const SETTINGS = { freshMs: 1_000, recheckMs: 500, probeTimeoutMs: 50, probeWaitMs: 20 };

function harness(results: ('ok' | 'fail' | 'hang')[]) {
  let t = 0;
  let probes = 0;
  const probe = () => {
    probes++;
    const r = results.shift() ?? 'ok';
    if (r === 'ok') return Promise.resolve();
    if (r === 'fail') return Promise.reject(new Error('ECONNREFUSED'));
    return new Promise<void>(() => undefined);
  };
  const readiness = createDbReadiness(probe, SETTINGS, () => t);
  return {
    readiness,
    probes: () => probes,
    advance: (ms: number) => (t += ms),
  };
}

describe('createDbReadiness', () => {
  it('probes on first use, then trusts an up state while it is fresh', async () => {
    const h = harness(['ok']);
    expect(await h.readiness.ready()).toBe(true);
    h.advance(999);
    expect(await h.readiness.ready()).toBe(true);
    expect(h.probes()).toBe(1);
    h.advance(1);
    expect(await h.readiness.ready()).toBe(true);
    expect(h.probes()).toBe(2);
  });

  it('answers "not ready" without probing while down, and rechecks when due', async () => {
    const h = harness(['fail', 'fail', 'ok']);
    expect(await h.readiness.ready()).toBe(false);
    expect(h.readiness.state().state).toBe('down');
    h.advance(499);
    expect(await h.readiness.ready()).toBe(false);
    expect(h.probes()).toBe(1);
    h.advance(1);
    expect(await h.readiness.ready()).toBe(false);
    expect(h.probes()).toBe(2);
    h.advance(500);
    expect(await h.readiness.ready()).toBe(true);
    expect(h.readiness.state().state).toBe('up');
  });

  it('lets requests go on while a slow probe runs; one that never answers means down', async () => {
    const h = harness(['hang']);
    expect(await h.readiness.ready()).toBe(true); // waited probeWaitMs; the state is still "up"
    await new Promise((r) => setTimeout(r, 80)); // past probeTimeoutMs
    expect(h.readiness.state().state).toBe('down');
    expect(await h.readiness.ready()).toBe(false);
  });

  it('goes down when a request reports the database unavailable', async () => {
    const h = harness(['ok', 'ok']);
    expect(await h.readiness.ready()).toBe(true);
    h.readiness.markDown();
    expect(await h.readiness.ready()).toBe(false);
    expect(h.probes()).toBe(1);
    h.advance(500);
    expect(await h.readiness.ready()).toBe(true);
  });

  it('shares one probe between concurrent requests', async () => {
    const h = harness(['fail']);
    const answers = await Promise.all([h.readiness.ready(), h.readiness.ready()]);
    expect(answers).toEqual([false, false]);
    expect(h.probes()).toBe(1);
  });
  it('an outside check that finds the database up ends a down state at once', async () => {
    const h = harness(['fail']);
    expect(await h.readiness.ready()).toBe(false);
    // Still within the recheck delay: down, and no new probe.
    expect(await h.readiness.ready()).toBe(false);
    h.readiness.markUp();
    expect(await h.readiness.ready()).toBe(true);
    expect(h.probes()).toBe(1);
    expect(h.readiness.state().state).toBe('up');
  });
});
