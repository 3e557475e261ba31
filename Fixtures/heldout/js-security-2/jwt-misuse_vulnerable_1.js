'use strict';
// middleware/auth.js -- Express auth for the billing API
const jwt = require('jsonwebtoken');

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

function bearer(req) {
  const header = req.get('authorization') || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

function requireUser(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] }); // expect: jwt-misuse
    return next();
  } catch (err) {
    return res.status(401).json({ error: err.message });
  }
}

function requireAdmin(req, res, next) {
  const claims = jwt.decode(bearer(req)); // expect: jwt-misuse
  if (!claims || !claims.roles || !claims.roles.includes('admin')) {
    return res.status(403).json({ error: 'admins only' });
  }
  req.admin = claims.sub;
  return next();
}

module.exports = { requireUser, requireAdmin };
