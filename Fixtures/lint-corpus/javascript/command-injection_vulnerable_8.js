// Socket event handlers of an operations console: the payloads come from the browser.
const { exec } = require('child_process');
const { execa } = require('execa');

module.exports = function attach(io) {
  io.on('connection', (socket) => {
    socket.on('ping-host', ({ host }) => {
      exec(`ping -c 3 ${host}`, (err, stdout) => socket.emit('ping-result', stdout)); // expect: command-injection
    });
    socket.on('archive', async (payload) => {
      await execa(`tar czf /tmp/out.tgz ${payload.folder}`, { shell: true }); // expect: command-injection
    });
  });
};
