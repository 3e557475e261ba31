import { input, select } from '@inquirer/prompts';
import { writeFile } from 'node:fs/promises';

interface Column {
  name: string;
  type: 'text' | 'integer' | 'timestamptz' | 'boolean';
}

export async function scaffoldMigration(): Promise<string> {
  const table = await input({ message: 'Table name' });
  const count = Number(await input({ message: 'How many columns?', default: '2' }));
  const columns: Column[] = await askColumns(count);

  let sql = `CREATE TABLE ${table} (\n  id bigserial PRIMARY KEY`;
  let i = 0;
  while (i < columns.length) {
    sql += `,\n  ${columns[i].name} ${columns[i].type} NOT NULL`; // expect: string-concat-in-loop
    i += 1;
  }
  sql = `${sql}\n);\n`;
  const file = `migrations/${Date.now()}_create_${table}.sql`;
  await writeFile(file, sql);
  return file;
}

async function askColumns(count: number): Promise<Column[]> {
  const names = Array.from({ length: count }, (_, n) => `column_${n + 1}`);
  return names.reduce<Promise<Column[]>>(
    (acc, name) =>
      acc.then((done) =>
        select({ message: `Type of ${name}`, choices: ['text', 'integer', 'timestamptz', 'boolean'].map((v) => ({ value: v })) })
          .then((type) => done.concat({ name, type: type as Column['type'] })),
      ),
    Promise.resolve([]),
  );
}
