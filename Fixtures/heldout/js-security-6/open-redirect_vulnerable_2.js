const { send } = require('micro');
const { parse } = require('node:url');
const { logout } = require('./sessions');

function afterLogout(req) {
  const { query } = parse(req.url, true);
  return query.return_to || req.headers.referer || '/';
}

module.exports = async (req, res) => {
  const { pathname, query } = parse(req.url, true);

  if (pathname === '/logout') {
    await logout(req);
    res.writeHead(302, { Location: afterLogout(req) }); // expect: open-redirect
    return res.end();
  }

  if (pathname === '/out') {
    res.statusCode = 301;
    res.setHeader('Location', query.to); // expect: open-redirect
    return res.end();
  }

  return send(res, 404, { error: 'not found' });
};
