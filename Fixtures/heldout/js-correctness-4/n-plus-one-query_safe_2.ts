// Drizzle ORM: unpaid orders with their customer's e-mail, for the dunning job.
import { and, eq, inArray, lt } from "drizzle-orm";
import { db } from "./db";
import { customers, orders } from "./schema";

export async function unpaidBefore(cutoff: Date) {
  return db
    .select({ orderId: orders.id, email: customers.email, total: orders.total })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(eq(orders.paid, false), lt(orders.createdAt, cutoff)));
}

export async function emailsFor(orderRows: { customerId: number }[]): Promise<Map<number, string>> {
  const ids = [...new Set(orderRows.map((o) => o.customerId))];
  const rows = await db.select().from(customers).where(inArray(customers.id, ids));
  return new Map(rows.map((c) => [c.id, c.email]));
}
