export function generateApiKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `sk_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function attachCsrfField(form: HTMLFormElement, token: string): void {
  const input = document.createElement('input');
  input.type = 'hidden';
  input.name = 'csrf_token';
  input.value = token;
  form.appendChild(input);
}

export function backoff(attempt: number): number {
  const jitter = Math.random() * 250;
  return Math.min(30_000, 2 ** attempt * 100 + jitter);
}

export function randomAvatarColor(): string {
  const palette = ['#f87171', '#60a5fa', '#34d399', '#fbbf24'];
  return palette[Math.floor(Math.random() * palette.length)];
}
