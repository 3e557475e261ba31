// Cypress task (cypress.config.ts): dumps the seeded fixtures as SQL for debugging.
import { defineConfig } from 'cypress';
import { writeFileSync } from 'node:fs';

interface SeedRow {
  table: string;
  values: Record<string, string | number>;
}

function toSql(rows: SeedRow[]): string {
  let sql = '-- seeded by cypress\n';
  let index = 0;
  while (index < rows.length) {
    const row = rows[index];
    const columns = Object.keys(row.values).join(', ');
    const values = Object.values(row.values).map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ');
    sql += `INSERT INTO ${row.table} (${columns}) VALUES (${values});\n`; // expect: string-concat-in-loop
    index += 1;
  }
  return sql;
}

export default defineConfig({
  e2e: {
    baseUrl: 'http://localhost:5173',
    setupNodeEvents(on) {
      on('task', {
        dumpSeed(rows: SeedRow[]) {
          writeFileSync('cypress/seed-dump.sql', toSql(rows));
          return null;
        },
      });
    },
  },
});
