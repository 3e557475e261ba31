// Jest global teardown helpers for an integration suite on a throwaway Postgres.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";

export function removeFixtures(dir: string, names: string[]): string[] {
  const removed: string[] = [];
  for (const name of names) {
    try {
      rmSync(join(dir, name), { recursive: true });
      removed.push(name);
    } finally {
      if (removed[removed.length - 1] !== name) {
        break;  // expect: unsafe-finally
      }
    }
  }
  return removed;
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
    throw new Error("teardown finished");  // expect: unsafe-finally
  }
}
