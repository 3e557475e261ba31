import sql from 'mssql';

interface Reminder {
  id: number;
  total: number;
  email: string;
  name: string;
}

export async function remindersFor(pool: sql.ConnectionPool, dueBefore: Date) {
  const result = await pool
    .request()
    .input('due', sql.Date, dueBefore)
    .query<Reminder>(
      `SELECT i.id, i.total, c.email, c.name
       FROM Invoices i
       JOIN Customers c ON c.id = i.customerId
       WHERE i.dueOn < @due AND i.paidOn IS NULL`,
    );
  return result.recordset.map((row) => ({ to: row.email, name: row.name, invoice: row.id, amount: row.total }));
}
