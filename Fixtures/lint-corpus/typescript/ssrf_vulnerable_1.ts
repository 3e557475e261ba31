import express, { Request, Response } from 'express';
import axios from 'axios';

const app = express();
app.use(express.json());

app.post('/unfurl', async (req: Request, res: Response) => {
  const link: string = req.body.link;
  const page = await axios.get<string>(link); // expect: ssrf
  const title = /<title>(.*?)<\/title>/i.exec(page.data)?.[1] ?? '';
  res.json({ title });
});

app.get('/proxy', async (req: Request, res: Response) => {
  const upstream = `https://${req.query.host}/api/v1/status`;
  const reply = await fetch(upstream); // expect: ssrf
  res.status(reply.status).send(await reply.text());
});

export default app;
