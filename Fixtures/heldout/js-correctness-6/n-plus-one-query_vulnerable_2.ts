import neo4j, { type Driver } from 'neo4j-driver';

const driver: Driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'neo4j://localhost',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);

interface Suggestion {
  name: string;
  mutualFriends: number;
  city: string | null;
}

async function cityOf(name: string): Promise<string | null> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run('MATCH (p:Person {name: $name})-[:LIVES_IN]->(c:City) RETURN c.name AS city', { name }); // expect: n-plus-one-query
    return res.records[0]?.get('city') ?? null;
  } finally {
    await session.close();
  }
}

export async function suggestions(person: string): Promise<Suggestion[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(
      'MATCH (me:Person {name: $person})-[:FRIEND]-()-[:FRIEND]-(s:Person) WHERE NOT (me)-[:FRIEND]-(s) AND s <> me RETURN DISTINCT s.name AS name',
      { person },
    );
    const names: string[] = res.records.map((r) => r.get('name'));
    return await Promise.all(
      names.map(async (name) => {
        const mutual = await driver.executeQuery( // expect: n-plus-one-query
          'MATCH (:Person {name: $person})-[:FRIEND]-(m)-[:FRIEND]-(:Person {name: $name}) RETURN count(DISTINCT m) AS n',
          { person, name },
        );
        return { name, mutualFriends: mutual.records[0].get('n').toNumber(), city: await cityOf(name) };
      }),
    );
  } finally {
    await session.close();
  }
}
