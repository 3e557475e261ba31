import { AppDataSource } from "./data-source";
import { Invoice } from "./entity/Invoice";
import { Payment } from "./entity/Payment";

export async function overdueReport(): Promise<{ number: string; open: number }[]> {
  const invoices = await AppDataSource.getRepository(Invoice).find({ where: { status: "sent" } });
  const payments = AppDataSource.getRepository(Payment);
  const rows = await Promise.all(
    invoices.map((invoice) =>
      payments.find({ where: { invoiceId: invoice.id } }).then((paid) => ({ // expect: n-plus-one-query
        number: invoice.number,
        open: invoice.total - paid.reduce((sum, p) => sum + p.amount, 0),
      })),
    ),
  );
  return rows.filter((r) => r.open > 0);
}
