// Jest global teardown helpers for an integration suite on a throwaway Postgres.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";

export function removeFixtures(dir: string, names: string[]): string[] {
  const removed: string[] = [];
  for (const name of names) {
    let ok = false;
    try {
      rmSync(join(dir, name), { recursive: true });
      ok = true;
    } finally {
      removed.push(ok ? name : `!${name}`);
    }
    if (!ok) {
      return removed;
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
    const timer = setTimeout(() => {
      return console.warn("client.end() is slow");
    }, 5000);
    await client.end();
    clearTimeout(timer);
  }
}
