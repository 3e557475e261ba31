const express = require('express');
const cors = require('cors');

const TRUSTED = ['https://app.example.com', 'https://admin.example.com'];
const app = express();
app.use(cors({ origin: TRUSTED, credentials: true }));

const publicApi = express.Router();
publicApi.use(cors({ origin: '*' }));

const admin = express.Router();
admin.use((req, res, next) => {
  const origin = req.headers.origin;
  if (TRUSTED.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', 'https://admin.example.com');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

module.exports = { app, publicApi, admin };
