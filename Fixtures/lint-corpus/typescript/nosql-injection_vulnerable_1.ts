import express, { Request, Response } from 'express';
import { MongoClient } from 'mongodb';

const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost');

app.post('/api/login', async (req: Request, res: Response) => {
  const users = client.db('app').collection('users');
  const user = await users.findOne({ email: req.body.email, password: req.body.password }); // expect: nosql-injection
  res.json({ ok: user !== null });
});

app.get('/api/search', async (req: Request, res: Response) => {
  const filter = req.query;
  res.json(await client.db('app').collection('items').find(filter).toArray()); // expect: nosql-injection
});

export default app;
