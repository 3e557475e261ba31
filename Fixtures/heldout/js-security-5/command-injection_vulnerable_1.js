// socket.io handlers for the network operations console.
const { exec, spawnSync } = require('child_process');
const { Server } = require('socket.io');
const { requireOperator } = require('./auth');

function lookupScript(host, type) {
  return 'nslookup -type=' + type + ' ' + host;
}

module.exports = function attachConsole(httpServer) {
  const io = new Server(httpServer, { path: '/ops' });
  io.use(requireOperator);

  io.on('connection', (socket) => {
    socket.on('ping-host', ({ host, count }) => {
      exec(`ping -c ${count || 3} ${host}`, { timeout: 15000 }, (err, stdout) => { // expect: command-injection
        socket.emit('ping-result', { host, ok: !err, output: stdout });
      });
    });

    socket.on('lookup', (request) => {
      const result = spawnSync('sh', ['-c', lookupScript(request.host, request.type || 'A')], { encoding: 'utf8' }); // expect: command-injection
      socket.emit('lookup-result', { output: result.stdout });
    });
  });
  return io;
};
