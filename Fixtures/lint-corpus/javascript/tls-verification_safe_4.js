const tls = require('tls');
const crypto = require('crypto');

const PINNED_FINGERPRINT = 'A1:B2:C3:D4';

if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') {
  throw new Error('refusing to start with TLS verification disabled');
}

function probe(host) {
  const socket = tls.connect(443, host, {
    servername: host,
    checkServerIdentity: (name, cert) => {
      const error = tls.checkServerIdentity(name, cert);
      if (error) return error;
      if (cert.fingerprint256 !== PINNED_FINGERPRINT) return new Error('certificate not pinned');
      return undefined;
    },
  });
  socket.on('secureConnect', () => socket.end(crypto.randomUUID()));
}

module.exports = { probe };
