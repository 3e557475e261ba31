// Restify endpoints over SQL Server with typed inputs and a table-valued id list.
const restify = require('restify');
const sql = require('mssql');

const pool = new sql.ConnectionPool(process.env.MSSQL_URL);
const ready = pool.connect();
const STATUSES = new Set(['open', 'pending', 'closed']);

const server = restify.createServer();
server.use(restify.plugins.queryParser());
server.use(restify.plugins.bodyParser());

server.get('/customers', async (req, res) => {
  await ready;
  const result = await pool.request()
    .input('country', sql.NVarChar(2), String(req.query.country))
    .query('SELECT id, name FROM customers WHERE country = @country ORDER BY name');
  res.send(result.recordset);
});

server.post('/tickets/status', async (req, res) => {
  await ready;
  if (!STATUSES.has(req.body.status)) {
    res.send(400, { error: 'unknown status' });
    return;
  }
  const ids = new sql.Table('IdList');
  ids.columns.add('id', sql.Int);
  req.body.ids.forEach((id) => ids.rows.add(Number(id)));
  const result = await pool.request()
    .input('status', sql.NVarChar(16), req.body.status)
    .input('ids', ids)
    .query('UPDATE tickets SET status = @status WHERE id IN (SELECT id FROM @ids)');
  res.send({ updated: result.rowsAffected[0] });
});

server.listen(8080);
