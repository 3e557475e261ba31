// Repository methods of a service whose RPC layer calls them with the request's fields.
import type { Pool } from "pg";

export class InvoiceRepository {
  constructor(private readonly pool: Pool) {}

  async byCustomer(customer: string, year: number) {
    const sql = `SELECT id, amount FROM invoices WHERE customer = '${customer}' AND year = ${year}`;
    return this.pool.query(sql); // expect: sql-injection
  }
}
