import express, { Request, Response } from 'express';
import axios from 'axios';

const app = express();
const API = 'https://api.github.com';

app.get('/repos/:user', async (req: Request, res: Response) => {
  const user = encodeURIComponent(req.params.user);
  const reply = await axios.get<{ name: string }[]>(`${API}/users/${user}/repos`);
  res.json(reply.data.map((repo) => repo.name));
});

app.get('/weather', async (req: Request, res: Response) => {
  const url = new URL('https://api.weather.example/v1/current');
  url.searchParams.set('city', String(req.query.city ?? 'Paris'));
  const reply = await fetch(url);
  res.json(await reply.json());
});

export default app;
