'use strict';
// Express middleware trusting the algorithm the token names.
const jwt = require('jsonwebtoken');
const { keyFor } = require('./keys');

module.exports = function authenticate(req, res, next) {
  const token = (req.get('authorization') || '').slice(7);
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) return res.sendStatus(401);
  req.user = jwt.verify(token, keyFor(decoded.header.kid), { algorithms: [decoded.header.alg] }); // expect: jwt
  return next();
};
