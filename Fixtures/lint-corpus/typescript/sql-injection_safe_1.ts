import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const app = express();
const pool = new Pool();
const SORTABLE = new Set(['created_at', 'total']);

app.get('/products', async (req: Request, res: Response) => {
  const term = String(req.query.q ?? '');
  const result = await pool.query('SELECT id, name, price FROM products WHERE name ILIKE $1', [`%${term}%`]);
  res.json(result.rows);
});

app.get('/users/:id/orders', async (req: Request, res: Response) => {
  const userId = Number.parseInt(req.params.id, 10);
  const sort = SORTABLE.has(String(req.query.sort)) ? String(req.query.sort) : 'created_at';
  const result = await pool.query(`SELECT * FROM orders WHERE user_id = $1 ORDER BY ${sort}`, [userId]);
  res.json(result.rows);
});

export default app;
