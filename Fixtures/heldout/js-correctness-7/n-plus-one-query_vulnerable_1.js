'use strict';
// mysql2 report job: overdue invoices with their customer's account manager.
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 5 });

async function managerFor(customerId) {
  const [rows] = await pool.execute( // expect: n-plus-one-query
    'SELECT m.name, m.email FROM managers m JOIN customers c ON c.manager_id = m.id WHERE c.id = ?',
    [customerId]
  );
  return rows[0] || null;
}

async function overdueReport() {
  const [invoices] = await pool.execute(
    'SELECT id, customer_id, amount, due_at FROM invoices WHERE paid_at IS NULL AND due_at < NOW()'
  );
  return Promise.all(
    invoices.map(async (invoice) => ({
      ...invoice,
      manager: await managerFor(invoice.customer_id),
    }))
  );
}

module.exports = { overdueReport };
