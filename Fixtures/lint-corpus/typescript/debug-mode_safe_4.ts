import express from 'express';
import errorHandler from 'errorhandler';
import next from 'next';

const dev = process.env.NODE_ENV === 'development';
const app = next({ dev, dir: '.' });
const server = express();

if (dev) {
  server.use(errorHandler());
}
server.all('*', (req, res) => app.getRequestHandler()(req, res));

export default server;
