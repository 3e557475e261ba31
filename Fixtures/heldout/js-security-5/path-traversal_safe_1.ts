// Hono route serving exported reports, confined to the export folder.
import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const EXPORTS = path.resolve(process.env.EXPORT_DIR ?? '/srv/exports');
const app = new Hono();

function insideExports(...parts: string[]): string | null {
  const candidate = path.resolve(EXPORTS, ...parts);
  if (!candidate.startsWith(EXPORTS + path.sep) || path.extname(candidate) !== '.csv') {
    return null;
  }
  return candidate;
}

app.get('/exports/:team/:file', async (c) => {
  const file = insideExports(c.req.param('team'), c.req.param('file'));
  if (!file) {
    return c.text('not found', 404);
  }
  return c.body(await readFile(file), 200, { 'Content-Type': 'text/csv' });
});

export default app;
