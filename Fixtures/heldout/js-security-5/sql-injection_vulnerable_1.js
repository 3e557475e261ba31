// Restify endpoints over SQL Server (mssql): customer lookup and bulk status change.
const restify = require('restify');
const sql = require('mssql');

const pool = new sql.ConnectionPool(process.env.MSSQL_URL);
const ready = pool.connect();

const server = restify.createServer();
server.use(restify.plugins.queryParser());
server.use(restify.plugins.bodyParser());

server.get('/customers', async (req, res) => {
  await ready;
  const result = await pool.request().query(`SELECT id, name FROM customers WHERE country = '${req.query.country}' ORDER BY name`); // expect: sql-injection
  res.send(result.recordset);
});

function statusUpdate(status, ids) {
  const list = ids.map((id) => "'" + id + "'").join(', ');
  return 'UPDATE tickets SET status = N\'' + status + '\' WHERE id IN (' + list + ')';
}

server.post('/tickets/status', async (req, res) => {
  await ready;
  const result = await pool.request().batch(statusUpdate(req.body.status, req.body.ids)); // expect: sql-injection
  res.send({ updated: result.rowsAffected[0] });
});

server.listen(8080);
