// Google Cloud Function: feed reader limited to approved publishers over https.
const functions = require('@google-cloud/functions-framework');
const { request } = require('undici');
const { parseFeed } = require('./feeds');

const PUBLISHERS = new Set(['feeds.bbci.co.uk', 'rss.nytimes.com', 'www.theguardian.com']);

function approved(raw) {
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !PUBLISHERS.has(url.hostname) || url.port || url.username || url.password) {
    return null;
  }
  return url;
}

functions.http('readFeed', async (req, res) => {
  const url = approved(req.query.feed);
  if (!url) {
    res.status(400).json({ error: 'publisher not approved' });
    return;
  }
  const { body } = await request(url, { maxRedirections: 0 });
  res.json(parseFeed(await body.text()));
});
