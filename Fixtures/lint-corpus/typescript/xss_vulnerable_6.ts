import Koa from 'koa';
import type { NextApiRequest, NextApiResponse } from 'next';

export const app = new Koa();

app.use(async (ctx) => {
  const name = ctx.query.name as string;
  ctx.type = 'html';
  ctx.body = `<p>Hello ${name}</p>`; // expect: xss
});

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const message = String(req.query.msg ?? '');
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.status(200).send('<div class="flash">' + message + '</div>'); // expect: xss
}
