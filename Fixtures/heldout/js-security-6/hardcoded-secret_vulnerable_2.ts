import type { Context } from '@netlify/functions';
import twilio from 'twilio';
import { SignJWT } from 'jose';

const TWILIO_SID = process.env.TWILIO_ACCOUNT_SID ?? '';
const TWILIO_AUTH_TOKEN = '9f3c1a7be24d58e06b7cf2a4d913e8b5'; // expect: hardcoded-secret
const signingKey = new TextEncoder().encode('d2VsY29tZS10by10aGUtY2x1Yi1vZi1zZWNyZXRz'); // expect: hardcoded-secret

const client = twilio(TWILIO_SID, TWILIO_AUTH_TOKEN);

export default async (req: Request, _context: Context) => {
  const { phone } = (await req.json()) as { phone: string };
  const code = crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000;

  await client.messages.create({ to: phone, from: process.env.TWILIO_FROM, body: `Your code: ${code}` });

  const ticket = await new SignJWT({ phone, code: String(code).padStart(6, '0') })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('5m')
    .sign(signingKey);

  const webhook = await fetch('https://hooks.example.com/otp', {
    method: 'POST',
    headers: { authorization: 'Bearer hk_live_51Jd8sQe0aVbX7mPzR2tYwLkC' }, // expect: hardcoded-secret
    body: JSON.stringify({ phone }),
  });
  return Response.json({ ticket, notified: webhook.ok });
};
