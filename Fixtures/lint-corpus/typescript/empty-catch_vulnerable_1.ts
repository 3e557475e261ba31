import { readFileSync } from 'node:fs';

interface Settings {
  theme: string;
}

export function loadSettings(path: string): Settings {
  let settings: Settings = { theme: 'light' };
  try {
    settings = JSON.parse(readFileSync(path, 'utf8')) as Settings;
  } catch {} // expect: empty-catch
  return settings;
}

export async function notify(url: string, body: string): Promise<void> {
  try {
    await fetch(url, { method: 'POST', body });
  } catch {} // expect: empty-catch
}
