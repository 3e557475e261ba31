const fs = require('fs');
const https = require('https');
const axios = require('axios');

const internalAgent = new https.Agent({
  ca: fs.readFileSync('/etc/ssl/certs/internal-ca.pem'),
  rejectUnauthorized: true,
});

async function fetchInvoices(customerId) {
  const response = await axios.get('https://billing.internal.example/api/invoices', {
    params: { customer: customerId },
    httpsAgent: internalAgent,
  });
  return response.data;
}

module.exports = { fetchInvoices };
