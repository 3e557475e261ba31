// Polka API serving saved playlists to the web player on other domains.
const polka = require('polka');
const { json } = require('body-parser');
const { playlistsFor, savePlaylist } = require('./playlists');

function allowCaller(req, res, next) {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin); // expect: cors-misconfiguration
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  }
  if (req.method === 'OPTIONS') {
    res.statusCode = 204;
    res.end();
    return;
  }
  next();
}

polka()
  .use(allowCaller, json())
  .get('/playlists', async (req, res) => {
    const lists = await playlistsFor(req.headers.cookie);
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(lists));
  })
  .post('/playlists', async (req, res) => {
    const saved = await savePlaylist(req.headers.cookie, req.body);
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(saved));
  })
  .listen(4100);
