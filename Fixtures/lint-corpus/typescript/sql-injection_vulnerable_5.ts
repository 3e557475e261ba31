// A repository object built from request data, queried by another method.
import express, { Request, Response } from "express";
import { Pool } from "pg";

const pool = new Pool();

class OrderSearch {
  private customer: string;
  private limit: number;

  constructor(customer: string, limit: string) {
    this.customer = customer;
    this.limit = parseInt(limit, 10);
  }

  async run() {
    return pool.query(`SELECT * FROM orders WHERE customer = '${this.customer}' LIMIT ${this.limit}`); // expect: sql-injection
  }
}

const app = express();
app.get("/orders", async (req: Request, res: Response) => {
  const rows = await new OrderSearch(String(req.query.customer), String(req.query.limit)).run();
  res.json(rows);
});
export default app;
