'use strict';
// Express middleware: the header picks the key, the algorithms are the ones the issuer uses.
const jwt = require('jsonwebtoken');
const { keyFor } = require('./keys');

module.exports = function authenticate(req, res, next) {
  const token = (req.get('authorization') || '').slice(7);
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) return res.sendStatus(401);
  req.user = jwt.verify(token, keyFor(decoded.header.kid), { algorithms: ['RS256'] });
  return next();
};
