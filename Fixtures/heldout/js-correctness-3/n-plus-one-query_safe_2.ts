import { In } from "typeorm";
import { AppDataSource } from "./data-source";
import { Invoice } from "./entity/Invoice";
import { Payment } from "./entity/Payment";

export async function overdueReport(): Promise<{ number: string; open: number }[]> {
  const invoices = await AppDataSource.getRepository(Invoice).find({ where: { status: "sent" } });
  const payments = await AppDataSource.getRepository(Payment).find({
    where: { invoiceId: In(invoices.map((i) => i.id)) },
  });
  const paidBy = new Map<number, number>();
  for (const p of payments) {
    paidBy.set(p.invoiceId, (paidBy.get(p.invoiceId) ?? 0) + p.amount);
  }
  return invoices
    .map((invoice) => ({ number: invoice.number, open: invoice.total - (paidBy.get(invoice.id) ?? 0) }))
    .filter((r) => r.open > 0);
}

export async function invoiceWithPayments(id: number) {
  return AppDataSource.getRepository(Invoice).findOne({ where: { id }, relations: { payments: true } });
}
