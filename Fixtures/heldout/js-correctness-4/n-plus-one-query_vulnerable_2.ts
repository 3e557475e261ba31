// Drizzle ORM: unpaid orders with their customer's e-mail, for the dunning job.
import { and, eq, lt } from "drizzle-orm";
import { db } from "./db";
import { customers, orders } from "./schema";

export interface DunningRow {
  orderId: number;
  email: string;
  total: number;
}

export async function unpaidBefore(cutoff: Date): Promise<DunningRow[]> {
  const open = await db
    .select()
    .from(orders)
    .where(and(eq(orders.paid, false), lt(orders.createdAt, cutoff)));

  return Promise.all(
    open.map(async (order) => {
      const [customer] = await db.select().from(customers).where(eq(customers.id, order.customerId)); // expect: n-plus-one-query
      return { orderId: order.id, email: customer.email, total: order.total };
    }),
  );
}
