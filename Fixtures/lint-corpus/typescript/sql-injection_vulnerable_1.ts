import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const app = express();
const pool = new Pool();

app.get('/products', async (req: Request, res: Response) => {
  const term = String(req.query.q ?? '');
  const sql = "SELECT id, name, price FROM products WHERE name ILIKE '%" + term + "%'";
  const result = await pool.query(sql); // expect: sql-injection
  res.json(result.rows);
});

app.get('/users/:id/orders', async (req: Request, res: Response) => {
  const sort = req.query.sort as string;
  const result = await pool.query(`SELECT * FROM orders WHERE user_id = ${req.params.id} ORDER BY ${sort}`); // expect: sql-injection
  res.json(result.rows);
});

export default app;
