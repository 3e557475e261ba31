const https = require('https');
const axios = require('axios');

const insecureAgent = new https.Agent({ rejectUnauthorized: false }); // expect: tls-verification

async function fetchInvoices(customerId) {
  const response = await axios.get('https://billing.internal.example/api/invoices', {
    params: { customer: customerId },
    httpsAgent: insecureAgent,
  });
  return response.data;
}

function ping(callback) {
  const request = https.request({
    hostname: 'status.internal.example',
    path: '/health',
    rejectUnauthorized: false, // expect: tls-verification
  }, (res) => callback(res.statusCode));
  request.end();
}

module.exports = { fetchInvoices, ping };
