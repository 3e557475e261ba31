const http = require('http');

const HOST = process.env.HOST || 'localhost';
const PORT = Number(process.env.PORT) || 8080;

const server = http.createServer((_req, res) => {
  res.end('ok');
});
server.listen({ host: HOST, port: PORT });
