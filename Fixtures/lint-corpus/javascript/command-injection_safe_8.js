// Socket event handlers of an operations console with argument lists; lifecycle events only log.
const { execFile } = require('child_process');
const { execa } = require('execa');

module.exports = function attach(io) {
  io.on('connection', (socket) => {
    socket.on('ping-host', ({ host }) => {
      execFile('ping', ['-c', '3', '--', host], (err, stdout) => socket.emit('ping-result', stdout));
    });
    socket.on('archive', async (payload) => {
      await execa('tar', ['czf', '/tmp/out.tgz', '--', payload.folder]);
    });
  });
  process.on('exit', (code) => {
    execFile('logger', [`console exited with ${code}`]);
  });
};
