// The same client with Node's negotiation and a TLS 1.2 floor.
const https = require('https');
const tls = require('tls');

const agent = new https.Agent({ keepAlive: true, minVersion: 'TLSv1.2' });

function openSocket(host) {
  return tls.connect({ host, port: 443, servername: host });
}

module.exports = { agent, openSocket };
