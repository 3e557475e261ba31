const { send } = require('micro');
const { parse } = require('node:url');
const { searchDocs } = require('./docs');

function resultsPage(term, hits) {
  const items = hits.map((h) => `<li><a href="/docs/${h.slug}">${h.title}</a></li>`).join('');
  return `<!doctype html>
<html><body>
  <h1>Results for ${term}</h1>
  <ul>${items}</ul>
</body></html>`;
}

module.exports = async (req, res) => {
  const { pathname, query } = parse(req.url, true);
  if (pathname === '/search') {
    const hits = await searchDocs(query.q);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return send(res, 200, resultsPage(query.q, hits)); // expect: xss
  }
  if (pathname === '/missing') {
    res.writeHead(404, { 'Content-Type': 'text/html' });
    return res.end('<p>No page named <b>' + query.page + '</b> exists.</p>'); // expect: xss
  }
  return send(res, 404, 'not found');
};
