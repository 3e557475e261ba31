'use strict';
// middleware/auth.js -- Express auth for the billing API, verified tokens only
const jwt = require('jsonwebtoken');

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;
const VERIFY_OPTIONS = { algorithms: ['RS256'], issuer: 'https://id.example.com', audience: 'billing-api' };

function bearer(req) {
  const header = req.get('authorization') || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

function requireUser(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    req.user = jwt.verify(token, PUBLIC_KEY, VERIFY_OPTIONS);
    return next();
  } catch (err) {
    return res.status(401).json({ error: err.message });
  }
}

function requireAdmin(req, res, next) {
  if (!req.user || !Array.isArray(req.user.roles) || !req.user.roles.includes('admin')) {
    return res.status(403).json({ error: 'admins only' });
  }
  req.admin = req.user.sub;
  return next();
}

module.exports = { requireUser, requireAdmin };
