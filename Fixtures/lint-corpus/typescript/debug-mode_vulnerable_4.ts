import express from 'express';
import errorHandler from 'errorhandler';
import next from 'next';

const app = next({ dev: true, dir: '.' }); // expect: debug-mode
const server = express();

server.use(errorHandler()); // expect: debug-mode
server.all('*', (req, res) => app.getRequestHandler()(req, res));

export default server;
