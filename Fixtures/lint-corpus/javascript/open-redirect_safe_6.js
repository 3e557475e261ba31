'use strict';

const DESTINATIONS = { home: '/', docs: '/docs', billing: '/account/billing' };

module.exports = function bounce(req, res) {
  const target = DESTINATIONS[req.query.to] || '/';
  res.writeHead(302, { Location: target });
  res.end();
};
