import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config/config.js';
import type { Repository } from '../../../server/db/repository.js';
import { createContext } from '../../../server/graphql/context.js';
import { endpoint } from '../../../server/graphql/resolvers/relation-resolvers.js';

const entity = (id: string) => ({
  id,
  name: id,
  type: 'Company' as const,
  aliases: [id],
  mentionCount: 1,
  articleCount: 1,
  firstSeen: null,
  lastSeen: null,
});

describe('endpoint', () => {
  it('answers primed entities synchronously and loads the others in one batch', async () => {
    const asked: string[][] = [];
    const repo = {
      entitiesByIds: (ids: readonly string[]) => {
        asked.push([...ids]);
        return Promise.resolve(ids.map((id) => (id === 'ghost' ? null : entity(id))));
      },
    } as unknown as Repository;
    const ctx = createContext(repo, loadConfig({}));
    ctx.loaders.primeEntities([entity('renault')]);
    const known = endpoint(ctx, 'renault');
    expect(known).not.toBeInstanceOf(Promise);
    expect(known).toMatchObject({ id: 'renault' });
    const [a, b] = await Promise.all([endpoint(ctx, 'ampere'), endpoint(ctx, 'nissan')]);
    expect([a.id, b.id]).toEqual(['ampere', 'nissan']);
    expect(asked).toEqual([['ampere', 'nissan']]);
    await expect(endpoint(ctx, 'ghost')).rejects.toMatchObject({ code: 'ENTITY_NOT_FOUND' });
  });
});
