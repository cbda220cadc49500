// Resolvers for the timeline and for saved views.
import type { TimeRange } from '../../db/queries/subgraph-queries.js';
import { savedView, savedViews } from '../../db/queries/saved-view-queries.js';
import { timeline } from '../../db/queries/timeline-queries.js';
import { deleteSavedView, saveView } from '../../db/writes/saved-views.js';
import { KgError } from '../../errors.js';
import { confidence, isoDate, listSize } from '../arguments.js';
import type {
  MutationResolvers,
  QueryResolvers,
  TimeRange as TimeRangeInput,
} from '../generated/resolvers-types.js';
import { checkSavedViewInput } from '../saved-view-input.js';

/** Checks a `timeRange` argument: ISO dates, `from` not after `to`; null when both ends are open. */
export function timeRangeArg(
  range: TimeRangeInput | null | undefined,
  name = 'timeRange',
): TimeRange | null {
  const from = isoDate(range?.from, `${name}.from`);
  const to = isoDate(range?.to, `${name}.to`);
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from > to) {
    throw new KgError('INVALID_ARGUMENT', `\`${name}.from\` is after \`${name}.to\`.`, {
      argument: name,
    });
  }
  return { from, to };
}

/** `timeline`, `savedViews` and `savedView`. */
export const ViewQuery: Pick<QueryResolvers, 'timeline' | 'savedViews' | 'savedView'> = {
  timeline: (_p, args, ctx) =>
    timeline(ctx.repo.db, {
      period: args.period ?? 'MONTH',
      relationTypes: args.filter?.relationTypes ?? null,
      entityTypes: args.filter?.entityTypes ?? null,
      minConfidence: confidence(args.filter?.minConfidence, 'filter.minConfidence'),
      timeRange: timeRangeArg(args.filter?.timeRange, 'filter.timeRange'),
      ids: listSize(args.ids, 'ids', ctx.config.maxPageSize),
    }),
  savedViews: (_p, _args, ctx) => savedViews(ctx.repo.db),
  savedView: (_p, args, ctx) => savedView(ctx.repo.db, args.id),
};

/** `saveView` and `deleteSavedView`. */
export const ViewMutation: Pick<MutationResolvers, 'saveView' | 'deleteSavedView'> = {
  saveView: (_p, args, ctx) => saveView(ctx.repo.db, checkSavedViewInput(args.input)),
  deleteSavedView: (_p, args, ctx) => deleteSavedView(ctx.repo.db, args.id),
};
