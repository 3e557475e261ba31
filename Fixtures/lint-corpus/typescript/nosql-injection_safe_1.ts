import express, { Request, Response } from 'express';
import { MongoClient, ObjectId } from 'mongodb';

const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost');

app.post('/api/login', async (req: Request, res: Response) => {
  const users = client.db('app').collection('users');
  const user = await users.findOne({ email: String(req.body.email), password: String(req.body.password) });
  res.json({ ok: user !== null });
});

app.get('/api/items/:id', async (req: Request, res: Response) => {
  res.json(await client.db('app').collection('items').findOne({ _id: new ObjectId(req.params.id) }));
});

export default app;
