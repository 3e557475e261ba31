// SvelteKit endpoint (src/routes/api/snippets/[...path]/+server.ts): read and save code snippets.
import { error, json } from '@sveltejs/kit';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { RequestHandler } from './$types';

const SNIPPETS_ROOT = '/var/lib/snippets';

function snippetPath(owner: string, relative: string): string {
  return join(SNIPPETS_ROOT, owner, relative);
}

export const GET: RequestHandler = async ({ params, locals }) => {
  const file = snippetPath(locals.user.login, params.path);
  try {
    const text = await readFile(file, 'utf8'); // expect: path-traversal
    return json({ path: params.path, text });
  } catch {
    throw error(404, 'not found');
  }
};

export const PUT: RequestHandler = async ({ params, request, locals }) => {
  const { text, folder } = await request.json();
  const file = snippetPath(locals.user.login, join(folder ?? '', params.path));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, String(text), 'utf8'); // expect: path-traversal
  return json({ saved: true });
};
