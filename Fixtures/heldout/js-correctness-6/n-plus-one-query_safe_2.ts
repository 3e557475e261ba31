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

const SUGGESTIONS = `
  MATCH (me:Person {name: $person})-[:FRIEND]-(m)-[:FRIEND]-(s:Person)
  WHERE NOT (me)-[:FRIEND]-(s) AND s <> me
  OPTIONAL MATCH (s)-[:LIVES_IN]->(c:City)
  RETURN s.name AS name, count(DISTINCT m) AS mutual, c.name AS city
  ORDER BY mutual DESC`;

export async function suggestions(person: string): Promise<Suggestion[]> {
  const { records } = await driver.executeQuery(SUGGESTIONS, { person });
  return records.map((r) => ({
    name: r.get('name'),
    mutualFriends: r.get('mutual').toNumber(),
    city: r.get('city') ?? null,
  }));
}
