// Who a curation is logged as: the API token's name when the request presented the token, else "local".
import { timingSafeEqual } from 'node:crypto';
import { LOCAL_ACTOR } from '../db/curation/curation-log.js';
import type { GraphQLContext } from './context.js';

/** The actor of a request: the token's name for `Authorization: Bearer <KG_API_TOKEN>`, else local. */
export function curationActor(ctx: GraphQLContext): string {
  const request = (ctx as GraphQLContext & { request?: Request }).request;
  const header = request?.headers.get('authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  const expected = ctx.config.apiToken;
  if (!token || !expected) return LOCAL_ACTOR;
  const a = Buffer.from(token);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return LOCAL_ACTOR;
  return ctx.config.apiTokenName;
}
