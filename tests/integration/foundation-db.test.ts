// Integration: the driver writes and reads the real Neo4j, the schema is enforced, stats are real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';
import { createGateway } from '../../server/db/gateway.js';
import { migrate } from '../../server/db/migrate.js';
import { createApp } from '../../server/graphql/create-app.js';
import { loadConfig } from '../../server/config/config.js';

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
});
afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

describe('Neo4j through the driver', () => {
  it('writes and reads a node', async () => {
    await driver.executeQuery(
      "CREATE (:Entity:Company {id: 'test-renault', name: 'Renault', type: 'Company', aliases: ['Groupe Renault']})",
    );
    const res = await driver.executeQuery(
      'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases',
      { id: 'test-renault' },
      { routing: 'READ' },
    );
    expect(res.records).toHaveLength(1);
    expect(res.records[0]?.get('name')).toBe('Renault');
    expect(res.records[0]?.get('aliases')).toEqual(['Groupe Renault']);
  });

  it('rejects a duplicate entity id through the unique constraint', async () => {
    await expect(
      driver.executeQuery("CREATE (:Entity:Company {id: 'test-renault', name: 'Another'})"),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    const count = await driver.executeQuery(
      "MATCH (e:Entity {id: 'test-renault'}) RETURN count(e) AS n",
    );
    expect(count.records[0]?.get('n')).toBe(1);
  });

  it('rejects a duplicate article id', async () => {
    await driver.executeQuery("CREATE (:Article {id: 'art-dup', text: 'x'})");
    await expect(
      driver.executeQuery("CREATE (:Article {id: 'art-dup', text: 'y'})"),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
  });

  it('applies the schema idempotently', async () => {
    const before = await driver.executeQuery('SHOW INDEXES YIELD name RETURN count(*) AS n');
    await migrate(createGateway(driver));
    await migrate(createGateway(driver));
    const after = await driver.executeQuery('SHOW INDEXES YIELD name RETURN count(*) AS n');
    expect(after.records[0]?.get('n')).toBe(before.records[0]?.get('n'));
    const ft = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'entity_search' RETURN state",
    );
    expect(ft.records[0]?.get('state')).toBe('ONLINE');
  });

  it('serves counts read from Neo4j through GraphQL stats', async () => {
    const app = createApp({ driver, config: loadConfig({}) });
    const counts = await graphCounts(driver);
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ stats { entities articles entitiesByType { type count } } }',
      }),
    });
    const body = (await res.json()) as {
      data: {
        stats: {
          entities: number;
          articles: number;
          entitiesByType: { type: string; count: number }[];
        };
      };
    };
    expect(body.data.stats.entities).toBe(counts.Entity);
    expect(body.data.stats.articles).toBe(counts.Article);
    expect(body.data.stats.entitiesByType).toContainEqual({ type: 'Company', count: 1 });
  });

  it('answers /health and /ready', async () => {
    const app = createApp({ driver, config: loadConfig({}) });
    expect((await app.fetch('http://localhost/health')).status).toBe(200);
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
  });
});
