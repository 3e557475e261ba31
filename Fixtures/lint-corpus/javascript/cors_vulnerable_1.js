const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({ origin: true, credentials: true })); // expect: cors

const admin = express.Router();
admin.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*'); // expect: cors
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

const io = require('socket.io')(require('http').createServer(app), {
  cors: { origin: '*', credentials: true }, // expect: cors
});

module.exports = { app, admin, io };
