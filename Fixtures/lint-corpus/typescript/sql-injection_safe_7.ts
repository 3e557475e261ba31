// The same repository with bound values.
import type { Pool } from "pg";

export class InvoiceRepository {
  constructor(private readonly pool: Pool) {}

  async byCustomer(customer: string, year: number) {
    return this.pool.query("SELECT id, amount FROM invoices WHERE customer = $1 AND year = $2", [customer, year]);
  }
}
