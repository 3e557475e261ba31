const http = require('http');
const net = require('net');

const server = http.createServer((_req, res) => {
  res.end('ok');
});
server.listen({ host: '0.0.0.0', port: 8080 }); // expect: bind-all-interfaces

const echo = net.createServer((socket) => socket.pipe(socket));
echo.listen(7000, '::'); // expect: bind-all-interfaces
