// The same search object, with the value sent as a query parameter.
import express, { Request, Response } from "express";
import { Pool } from "pg";

const pool = new Pool();

class OrderSearch {
  private customer: string;
  private table = "orders";

  constructor(customer: string) {
    this.customer = customer;
  }

  async run() {
    return pool.query(`SELECT * FROM ${this.table} WHERE customer = $1`, [this.customer]);
  }
}

const app = express();
app.get("/orders", async (req: Request, res: Response) => {
  res.json(await new OrderSearch(String(req.query.customer)).run());
});
export default app;
