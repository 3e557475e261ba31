import express, { Request, Response } from 'express';
import axios from 'axios';

const app = express();
app.use(express.json());

const ALLOWED_ORIGINS = new Set(['https://api.stripe.com', 'https://api.paypal.com']);

function isAllowedUrl(raw: string): boolean {
  try {
    return ALLOWED_ORIGINS.has(new URL(raw).origin);
  } catch {
    return false;
  }
}

app.post('/payments/verify', async (req: Request, res: Response) => {
  const callback: string = req.body.callbackUrl;
  if (!isAllowedUrl(callback)) {
    return res.status(400).json({ error: 'callback host not allowed' });
  }
  const reply = await axios.post(callback, { id: req.body.id });
  res.json({ status: reply.status });
});

app.get('/weather/:city', async (req: Request, res: Response) => {
  const url = new URL('https://api.weather.example.com/v2/current');
  url.searchParams.set('city', req.params.city);
  if (url.hostname !== 'api.weather.example.com') {
    return res.sendStatus(400);
  }
  const reply = await fetch(url);
  res.json(await reply.json());
});

export default app;
