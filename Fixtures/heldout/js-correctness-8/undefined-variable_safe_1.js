// netlify/functions/air-quality.js
const { getStore } = require('@netlify/blobs');

const CACHE_SECONDS = 900;
const PM25_LIMIT = 25;

exports.handler = async (event) => {
  const city = (event.queryStringParameters && event.queryStringParameters.city) || 'utrecht';
  const store = getStore('air-quality');
  const cached = await store.get(city, { type: 'json' });
  if (cached && Date.now() - cached.fetchedAt < CACHE_SECONDS * 1000) {
    return { statusCode: 200, body: JSON.stringify(cached) };
  }
  const reading = await fetchJson(`https://api.openaq.example/v3/latest?city=${encodeURIComponent(city)}`);
  const summary = {
    city,
    pm25: reading.results[0].value,
    level: reading.results[0].value > PM25_LIMIT ? 'poor' : 'ok',
    fetchedAt: Date.now(),
  };
  await store.setJSON(city, summary);
  return { statusCode: 200, body: JSON.stringify(summary) };
};

async function fetchJson(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  return response.json();
}
