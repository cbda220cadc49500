// An envelop/yoga plugin timing each phase of a request (wall and process CPU), for sequential requests.
import type { Plugin } from 'graphql-yoga';

/** The phases of one request, in order. */
export const PHASES = ['http', 'parse', 'validate', 'context', 'execute', 'serialise'] as const;
export type Phase = (typeof PHASES)[number];

/** Wall and CPU milliseconds of each phase of one request, and of the whole. */
export type PhaseSample = Record<Phase | 'total', { wall: number; cpu: number }>;

interface Mark {
  wall: number;
  cpu: number;
}

const mark = (): Mark => {
  const u = process.cpuUsage();
  return { wall: performance.now(), cpu: (u.user + u.system) / 1000 };
};

/**
 * A timer: its plugin records, per request, when each phase starts and ends. CPU is the whole
 * process's, so the figures are only meaningful for requests sent one at a time.
 */
export function createPhaseTimer(): { plugin: Plugin; take(): PhaseSample[] } {
  const open = new WeakMap<object, Partial<Record<string, Mark>>>();
  let done: PhaseSample[] = [];
  const at = (request: unknown, name: string) => {
    const marks = open.get(request as object);
    if (marks) marks[name] = mark();
  };
  const requestOf = (ctx: unknown) => (ctx as { request?: Request } | undefined)?.request;
  const span = (m: Partial<Record<string, Mark>>, a: string, b: string) => {
    const x = m[a];
    const y = m[b];
    return x && y ? { wall: y.wall - x.wall, cpu: y.cpu - x.cpu } : { wall: 0, cpu: 0 };
  };
  const plugin: Plugin = {
    onRequest({ request }) {
      open.set(request, { start: mark() });
    },
    onParams({ request }) {
      at(request, 'params');
    },
    onParse({ context }) {
      const req = requestOf(context);
      at(req, 'parse0');
      return () => at(req, 'parse1');
    },
    onValidate({ context }) {
      const req = requestOf(context);
      at(req, 'validate0');
      return () => at(req, 'validate1');
    },
    onContextBuilding({ context }) {
      const req = requestOf(context);
      at(req, 'context0');
      return () => at(req, 'context1');
    },
    onExecute({ args }) {
      const req = requestOf(args.contextValue);
      at(req, 'execute0');
      return { onExecuteDone: () => at(req, 'execute1') };
    },
    onResultProcess({ request }) {
      at(request, 'result0');
    },
    onResponse({ request }) {
      const m = open.get(request);
      if (!m) return;
      m.end = mark();
      done.push({
        http: span(m, 'start', 'params'),
        parse: span(m, 'parse0', 'parse1'),
        validate: span(m, 'validate0', 'validate1'),
        context: span(m, 'context0', 'context1'),
        execute: span(m, 'execute0', 'execute1'),
        serialise: span(m, 'result0', 'end'),
        total: span(m, 'start', 'end'),
      });
      open.delete(request);
    },
  };
  return {
    plugin,
    take() {
      const out = done;
      done = [];
      return out;
    },
  };
}
