import sql from 'mssql';

interface Invoice {
  id: number;
  customerId: number;
  total: number;
}

export async function remindersFor(pool: sql.ConnectionPool, dueBefore: Date) {
  const invoices = await pool
    .request()
    .input('due', sql.Date, dueBefore)
    .query<Invoice>('SELECT id, customerId, total FROM Invoices WHERE dueOn < @due AND paidOn IS NULL');

  return Promise.all(
    invoices.recordset.map(async (invoice) => {
      const contact = await pool.request().input('id', sql.Int, invoice.customerId).query<{ email: string; name: string }>('SELECT email, name FROM Customers WHERE id = @id'); // expect: n-plus-one-query
      const [customer] = contact.recordset;
      return { to: customer.email, name: customer.name, invoice: invoice.id, amount: invoice.total };
    }),
  );
}
