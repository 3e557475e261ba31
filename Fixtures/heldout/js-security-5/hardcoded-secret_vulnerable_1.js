// Google Cloud Function that e-mails invoices and records them in SQL Server.
const functions = require('@google-cloud/functions-framework');
const formData = require('form-data');
const Mailgun = require('mailgun.js');
const sql = require('mssql');

const MAILGUN_API_KEY = 'key-3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c2e'; // expect: hardcoded-secret

const poolPromise = new sql.ConnectionPool({
  server: 'billing-sql.database.windows.net',
  database: 'billing',
  user: 'invoicer',
  password: 'Inv0ice!Runner#88', // expect: hardcoded-secret
  options: { encrypt: true },
}).connect();

const mailgun = new Mailgun(formData).client({ username: 'api', key: MAILGUN_API_KEY });

functions.http('sendInvoice', async (req, res) => {
  const pool = await poolPromise;
  const { recordset } = await pool.request()
    .input('id', sql.Int, Number(req.body.invoiceId))
    .query('SELECT id, email, total FROM invoices WHERE id = @id');
  const invoice = recordset[0];
  await mailgun.messages.create('mg.example.com', {
    from: 'billing@example.com',
    to: invoice.email,
    subject: 'Your invoice',
    text: `Amount due: ${invoice.total}`,
  });
  res.status(204).end();
});
