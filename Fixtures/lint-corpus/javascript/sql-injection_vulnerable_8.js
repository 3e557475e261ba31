// Ticket endpoints over a SQL Server pool and a tagged-template client's escape hatch.
const sql = require('mssql');
const postgres = require('postgres');

const pool = new sql.ConnectionPool(process.env.MSSQL_URL);
const pg = postgres(process.env.DATABASE_URL);

server.post('/tickets/status', async (req, res) => {
  const result = await pool.request().batch("UPDATE tickets SET status = '" + req.body.status + "'"); // expect: sql-injection
  res.send({ updated: result.rowsAffected[0] });
});

server.del('/listings', async (req, res) => {
  const removed = await pg.unsafe(`DELETE FROM listings WHERE expires_at < '${req.body.before}'`); // expect: sql-injection
  res.send({ removed: removed.length });
});
