// Hono app on Cloudflare Workers; secrets come from Worker bindings.
import { Hono } from 'hono';
import { sign } from 'hono/jwt';
import Stripe from 'stripe';

type Bindings = { STRIPE_SECRET_KEY: string; STRIPE_WEBHOOK_SECRET: string; SESSION_SIGNING_KEY: string };

const SIGNATURE_HEADER = 'stripe-signature';
const SESSION_SECRET_BINDING = 'SESSION_SIGNING_KEY';
const app = new Hono<{ Bindings: Bindings }>();

app.post('/webhooks/stripe', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });
  const payload = await c.req.text();
  const event = await stripe.webhooks.constructEventAsync(payload, c.req.header(SIGNATURE_HEADER) ?? '', c.env.STRIPE_WEBHOOK_SECRET);
  return c.json({ received: event.type });
});

app.post('/session', async (c) => {
  const { customerId } = await c.req.json<{ customerId: string }>();
  const key = c.env[SESSION_SECRET_BINDING];
  const token = await sign({ sub: customerId, exp: Math.floor(Date.now() / 1000) + 3600 }, key);
  return c.json({ token });
});

export default app;
