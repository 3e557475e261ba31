// Nuxt server route /api/settings/import: settings arrive as JSON text, parsed and checked.
import { createError, defineEventHandler, readBody } from 'h3';
import { saveSettings } from '../utils/settings';

const KNOWN = new Set(['pageSize', 'theme', 'timezone']);

export default defineEventHandler(async (event) => {
  const { text } = await readBody<{ text: string }>(event);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'settings must be JSON' });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw createError({ statusCode: 400, statusMessage: 'settings must be an object' });
  }
  const entries = Object.entries(parsed).filter(([key]) => KNOWN.has(key));
  await saveSettings(event, Object.fromEntries(entries));
  return { saved: entries.map(([key]) => key) };
});
