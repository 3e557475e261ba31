// Hono app on Cloudflare Workers: Stripe webhooks and session tokens.
import { Hono } from 'hono';
import { sign } from 'hono/jwt';
import Stripe from 'stripe';

const STRIPE_WEBHOOK_SECRET = 'whsec_9Jd8Kq2mT5vX1rZ7bN4cL6pW3yH0sF8g'; // expect: hardcoded-secret

const stripe = new Stripe('sk_live_51Hc2pQ8fR3nX7tY9uV0wZ4aB6cD', { apiVersion: '2024-06-20' }); // expect: hardcoded-secret
const app = new Hono();

app.post('/webhooks/stripe', async (c) => {
  const payload = await c.req.text();
  const event = await stripe.webhooks.constructEventAsync(payload, c.req.header('stripe-signature') ?? '', STRIPE_WEBHOOK_SECRET);
  return c.json({ received: event.type });
});

app.post('/session', async (c) => {
  const { customerId } = await c.req.json<{ customerId: string }>();
  const token = await sign({ sub: customerId, exp: Math.floor(Date.now() / 1000) + 3600 }, 'workers-session-signing-key-2024'); // expect: hardcoded-secret
  return c.json({ token });
});

export default app;
