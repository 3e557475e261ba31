// pg-boss worker importing CSV contacts uploaded by customers; tslog for the run log.
import PgBoss from 'pg-boss';
import { Logger } from 'tslog';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';

interface ImportJob {
  uploadPath: string;
  fileName: string;
  accountId: string;
}

const logger = new Logger({ name: 'contact-import', type: 'pretty' });
const boss = new PgBoss(process.env.DATABASE_URL ?? '');

async function importContacts(job: PgBoss.Job<ImportJob>) {
  const { uploadPath, fileName, accountId } = job.data;
  logger.info('importing ' + fileName + ' for account ' + accountId); // expect: log-injection
  const rows: Array<Record<string, string>> = parse(await readFile(uploadPath), { columns: true });
  const rejected = rows.filter((row) => !row.email);
  for (const row of rejected) {
    logger.warn(`row without email skipped: ${row.name}`); // expect: log-injection
  }
  return { imported: rows.length - rejected.length };
}

boss.start().then(() => boss.work<ImportJob>('contact-import', importContacts));
