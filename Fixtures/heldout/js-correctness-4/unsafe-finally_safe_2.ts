// Node CLI: apply SQL migrations to the local SQLite file (better-sqlite3 is synchronous).
import Database from "better-sqlite3";
import { closeSync, openSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import type { Database as Db } from "better-sqlite3";

export function migrate(db: Db, dir: string): string[] {
  const applied: string[] = [];
  const lock = openSync(`${dir}/.lock`, "wx");
  try {
    const files = readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();
    for (const file of files) {
      try {
        db.exec(readFileSync(`${dir}/${file}`, "utf8"));
      } finally {
        applied.push(file);
      }
      if (file.includes("irreversible")) {
        return applied;
      }
    }
  } finally {
    closeSync(lock);
    unlinkSync(`${dir}/.lock`);
  }
  if (applied.length === 0) {
    throw new Error("no migrations applied");
  }
  return applied;
}

export function main(): void {
  const db = new Database(process.env.DB_FILE ?? "app.db");
  console.log(migrate(db, "./migrations"));
  db.close();
}
