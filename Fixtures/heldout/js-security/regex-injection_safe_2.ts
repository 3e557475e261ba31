// log-search.ts: log search endpoint of the ops dashboard API (Koa).
import Router from '@koa/router';
import { readRecentLines } from './logs';

type LogLine = { ts: string; level: string; message: string };

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const router = new Router({ prefix: '/ops' });

router.get('/logs', async (ctx) => {
  const query = String(ctx.query.q ?? '').slice(0, 200);
  const pattern = new RegExp(escapeRegExp(query), ctx.query.case === '1' ? '' : 'i');
  const lines: LogLine[] = await readRecentLines(5000);
  ctx.body = lines.filter((l) => pattern.test(l.message)).slice(0, 200);
});

router.get('/logs/level', async (ctx) => {
  const level = LEVELS.find((l) => l === ctx.query.level) ?? 'error';
  const re = new RegExp(`^${level}$`, 'i');
  const lines: LogLine[] = await readRecentLines(5000);
  ctx.body = lines.filter((l) => re.test(l.level)).slice(0, 200);
});

router.get('/logs/split', async (ctx) => {
  const fields = String(ctx.query.line ?? '').split(String(ctx.query.sep ?? ','));
  ctx.body = { fields };
});
