// prefs-cookie.ts: browser helper for non-sensitive UI preferences; the auth cookie is set by the server.
const YEAR = 365 * 24 * 3600;

export function storeTheme(theme: 'light' | 'dark'): void {
  document.cookie = `theme=${theme}; path=/; max-age=${YEAR}; Secure; SameSite=Lax`;
}

export function storeCsrf(value: string): void {
  const parts = [`csrf=${encodeURIComponent(value)}`, 'path=/', 'Secure', 'SameSite=Strict'];
  document.cookie = parts.join('; ');
}

export async function login(email: string, password: string): Promise<boolean> {
  const resp = await fetch('/api/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!resp.ok) {
    return false;
  }
  const { csrf } = (await resp.json()) as { csrf: string };
  storeCsrf(csrf);
  storeTheme(window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  return true;
}
