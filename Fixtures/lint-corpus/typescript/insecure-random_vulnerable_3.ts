export function generateApiKey(): string {
  const bytes: string[] = [];
  for (let i = 0; i < 32; i++) {
    bytes.push(Math.floor(Math.random() * 16).toString(16)); // expect: insecure-random
  }
  return `sk_${bytes.join('')}`;
}

export function attachCsrfField(form: HTMLFormElement): void {
  const input = document.createElement('input');
  input.type = 'hidden';
  input.name = 'csrf_token';
  input.value = Math.random().toString(36).slice(2); // expect: insecure-random
  form.appendChild(input);
}
