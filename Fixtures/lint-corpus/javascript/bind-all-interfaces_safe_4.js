const http = require('http');

const server = http.createServer((_req, res) => res.end('ok'));
server.listen(Number(process.env.PORT) || 8080, process.env.HOST || '127.0.0.1', () => {
  const { address } = server.address();
  if (address === '0.0.0.0' || address === '::') {
    process.emitWarning('listening on every interface; set HOST to restrict it');
  }
});
