// Cypress task (cypress.config.ts): seeded fixtures dumped as SQL via map + join.
import { defineConfig } from 'cypress';
import { writeFileSync } from 'node:fs';

interface SeedRow {
  table: string;
  values: Record<string, string | number>;
}

function insertFor(row: SeedRow): string {
  const columns = Object.keys(row.values).join(', ');
  const values = Object.values(row.values).map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ');
  return `INSERT INTO ${row.table} (${columns}) VALUES (${values});`;
}

function toSql(rows: SeedRow[]): string {
  let total = 0;
  while (total < rows.length) {
    total += 1;
  }
  return ['-- seeded by cypress', `-- ${total} rows`, ...rows.map(insertFor)].join('\n') + '\n';
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
