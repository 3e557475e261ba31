// Deno-style fetch handler: issues one-time codes and session ids with Web Crypto.
import { saveCode } from './codes.ts';

function randomDigits(length: number): string {
  const values = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(values, (v) => String(v % 10)).join('');
}

function sessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export default {
  async fetch(request: Request): Promise<Response> {
    const { phone } = await request.json();
    const code = randomDigits(6);
    await saveCode(phone, code, crypto.randomUUID());
    return Response.json({ sent: true }, { headers: { 'set-cookie': `pre_sid=${sessionId()}; Path=/; Secure; HttpOnly; SameSite=Strict` } });
  },
};
