// log-search.ts: log search endpoint of the ops dashboard API (Koa).
import Router from '@koa/router';
import { readRecentLines } from './logs';

type LogLine = { ts: string; level: string; message: string };

class LogFilter {
  private pattern: RegExp | null = null;

  setQuery(query: string, caseSensitive: boolean): void {
    this.pattern = query ? new RegExp(query, caseSensitive ? '' : 'i') : null; // expect: regex-injection
  }

  apply(lines: LogLine[]): LogLine[] {
    const p = this.pattern;
    return p ? lines.filter((l) => p.test(l.message)) : lines;
  }
}

export const router = new Router({ prefix: '/ops' });

router.get('/logs', async (ctx) => {
  const filter = new LogFilter();
  filter.setQuery(String(ctx.query.q ?? ''), ctx.query.case === '1');
  const lines: LogLine[] = await readRecentLines(5000);
  ctx.body = filter.apply(lines).slice(0, 200);
});

router.get('/logs/split', async (ctx) => {
  const sep = String(ctx.query.sep ?? ',');
  const fields = String(ctx.query.line ?? '').split(new RegExp(sep)); // expect: regex-injection
  ctx.body = { fields };
});
