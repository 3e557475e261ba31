// Nuxt server route /api/manuals/[...slug]: serve product manuals from one folder only.
import { createError, defineEventHandler, getRouterParam } from 'h3';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const MANUALS_ROOT = resolve(process.env.MANUALS_DIR ?? '/srv/manuals');

function insideRoot(relative: string): string {
  const target = resolve(MANUALS_ROOT, relative);
  if (!target.startsWith(MANUALS_ROOT + sep)) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' });
  }
  if (!target.endsWith('.md')) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' });
  }
  return target;
}

export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? '';
  const file = insideRoot(`${slug}.md`);
  try {
    return { markdown: await readFile(file, 'utf8') };
  } catch {
    throw createError({ statusCode: 404, statusMessage: 'Not found' });
  }
});
