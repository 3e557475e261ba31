// Google Cloud Functions: feed reader and avatar proxy.
const functions = require('@google-cloud/functions-framework');
const needle = require('needle');
const { request } = require('undici');
const { parseFeed } = require('./feeds');

functions.http('readFeed', async (req, res) => {
  const feedUrl = req.query.feed;
  const response = await needle('get', feedUrl, { follow_max: 3, response_timeout: 5000 }); // expect: ssrf
  res.json(parseFeed(response.body));
});

function avatarSource(body) {
  return `https://${body.host}/avatars/${encodeURIComponent(body.user)}.png`;
}

functions.http('avatar', async (req, res) => {
  const { statusCode, body } = await request(avatarSource(req.body)); // expect: ssrf
  res.status(statusCode).type('image/png');
  body.pipe(res);
});
