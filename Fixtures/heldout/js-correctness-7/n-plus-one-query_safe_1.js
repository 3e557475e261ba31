'use strict';
// mysql2 report job: overdue invoices joined with their account manager in one query.
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 5 });

async function overdueReport() {
  const [rows] = await pool.execute(
    `SELECT i.id, i.customer_id, i.amount, i.due_at, m.name AS manager_name, m.email AS manager_email
       FROM invoices i
       JOIN customers c ON c.id = i.customer_id
       LEFT JOIN managers m ON m.id = c.manager_id
      WHERE i.paid_at IS NULL AND i.due_at < NOW()`
  );
  return rows.map((row) => ({
    id: row.id,
    customer_id: row.customer_id,
    amount: row.amount,
    due_at: row.due_at,
    manager: row.manager_name ? { name: row.manager_name, email: row.manager_email } : null,
  }));
}

module.exports = { overdueReport };
