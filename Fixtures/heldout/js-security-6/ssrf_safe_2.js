const { App } = require('@tinyhttp/app');
const superagent = require('superagent');

const app = new App();
const IMAGE_HOSTS = new Set(['images.example-cdn.com', 'avatars.example-cdn.com']);

function imageUrl(raw) {
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !IMAGE_HOSTS.has(url.hostname) || url.port || url.username) return null;
  return url.toString();
}

app.get('/proxy/image', async (req, res) => {
  const src = imageUrl(req.query.src);
  if (!src) return res.status(400).json({ error: 'host not allowed' });
  const upstream = await superagent.get(src).redirects(0).buffer(true);
  res.set('Content-Type', upstream.type || 'application/octet-stream');
  return res.send(upstream.body);
});

module.exports = app;
