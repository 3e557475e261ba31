// A client for an old payment gateway, pinned to protocol versions that are broken.
const https = require('https');
const tls = require('tls');

const agent = new https.Agent({ keepAlive: true, minVersion: 'TLSv1' }); // expect: weak-crypto

function openSocket(host) {
  return tls.connect({ host, port: 443, secureProtocol: 'TLSv1_1_method' }); // expect: weak-crypto
}

module.exports = { agent, openSocket };
