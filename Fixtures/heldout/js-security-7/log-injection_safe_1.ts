// pg-boss worker importing CSV contacts; structured log fields, no user text in the message.
import PgBoss from 'pg-boss';
import { Logger } from 'tslog';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';

interface ImportJob {
  uploadPath: string;
  fileName: string;
  accountId: string;
}

const logger = new Logger({ name: 'contact-import', type: 'json' });
const boss = new PgBoss(process.env.DATABASE_URL ?? '');

async function importContacts(job: PgBoss.Job<ImportJob>) {
  const { uploadPath, fileName, accountId } = job.data;
  logger.info('import started', { file: JSON.stringify(fileName), accountId, jobId: job.id });
  const rows: Array<Record<string, string>> = parse(await readFile(uploadPath), { columns: true });
  const rejected = rows.filter((row) => !row.email);
  if (rejected.length > 0) {
    logger.warn('rows without email skipped', { count: rejected.length, jobId: job.id });
  }
  return { imported: rows.length - rejected.length };
}

boss.start().then(() => boss.work<ImportJob>('contact-import', importContacts));
