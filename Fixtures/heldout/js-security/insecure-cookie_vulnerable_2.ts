// session-cookie.ts: browser helper used by the single-page app after login.
const WEEK = 7 * 24 * 3600;

export function storeAuthToken(authToken: string, remember: boolean): void {
  const maxAge = remember ? `; max-age=${WEEK}` : '';
  document.cookie = `auth=${encodeURIComponent(authToken)}; path=/${maxAge}`; // expect: insecure-cookie
}

export function storeCsrf(value: string): void {
  const parts = [`csrf=${value}`, 'path=/', 'SameSite=None'];
  document.cookie = parts.join('; '); // expect: insecure-cookie
}

export async function login(email: string, password: string): Promise<boolean> {
  const resp = await fetch('/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!resp.ok) {
    return false;
  }
  const { token, csrf } = (await resp.json()) as { token: string; csrf: string };
  storeAuthToken(token, true);
  storeCsrf(csrf);
  return true;
}
