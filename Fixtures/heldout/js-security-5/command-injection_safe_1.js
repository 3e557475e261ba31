// socket.io handlers for the network console, running tools without a shell.
const { execFile } = require('child_process');
const { Server } = require('socket.io');
const { requireOperator } = require('./auth');

const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;
const RECORD_TYPES = new Set(['A', 'AAAA', 'MX', 'TXT', 'NS']);

module.exports = function attachConsole(httpServer) {
  const io = new Server(httpServer, { path: '/ops' });
  io.use(requireOperator);

  io.on('connection', (socket) => {
    socket.on('ping-host', ({ host, count }) => {
      if (typeof host !== 'string' || !HOST.test(host)) {
        socket.emit('ping-result', { host, ok: false, output: 'invalid host' });
        return;
      }
      const n = String(Math.min(Math.max(parseInt(count, 10) || 3, 1), 10));
      execFile('ping', ['-c', n, '--', host], { timeout: 15000 }, (err, stdout) => {
        socket.emit('ping-result', { host, ok: !err, output: stdout });
      });
    });

    socket.on('lookup', ({ host, type }) => {
      if (typeof host !== 'string' || !HOST.test(host) || !RECORD_TYPES.has(type)) {
        return;
      }
      execFile('nslookup', ['-type=' + type, host], (err, stdout) => {
        socket.emit('lookup-result', { output: stdout });
      });
    });
  });
  return io;
};
