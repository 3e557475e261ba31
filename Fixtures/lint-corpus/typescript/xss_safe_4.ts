import Koa from 'koa';
import escapeHtml from 'escape-html';
import type { NextApiRequest, NextApiResponse } from 'next';

export const app = new Koa();

app.use(async (ctx) => {
  const name = ctx.query.name as string;
  ctx.type = 'html';
  ctx.body = `<p>Hello ${escapeHtml(name)}</p>`;
});

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const message = String(req.query.msg ?? '');
  res.status(200).json({ flash: message });
}
