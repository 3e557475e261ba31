import express from 'express';

const app = express();
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

app.get('/health', (_req, res) => {
  res.json({ ok: true });
});

app.listen(port, host);
