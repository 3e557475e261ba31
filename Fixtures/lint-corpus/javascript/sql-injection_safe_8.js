// Ticket endpoints over a SQL Server pool and a tagged-template client, with parameters.
const sql = require('mssql');
const postgres = require('postgres');

const pool = new sql.ConnectionPool(process.env.MSSQL_URL);
const pg = postgres(process.env.DATABASE_URL);

server.post('/tickets/status', async (req, res) => {
  const result = await pool.request().input('status', sql.NVarChar, req.body.status).query('UPDATE tickets SET status = @status');
  res.send({ updated: result.rowsAffected[0] });
});

server.del('/listings', async (req, res) => {
  const removed = await pg`DELETE FROM listings WHERE expires_at < ${req.body.before}`;
  res.send({ removed: removed.length, rows: removed.rows });
});
