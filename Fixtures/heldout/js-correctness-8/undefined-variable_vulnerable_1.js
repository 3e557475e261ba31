// netlify/functions/air-quality.js
const { getStore } = require('@netlify/blobs');

const CACHE_SECONDS = 900;

exports.handler = async (event) => {
  const city = (event.queryStringParameters && event.queryStringParameters.city) || 'utrecht';
  const store = getStore('air-quality');
  const cached = await store.get(city, { type: 'json' });
  if (cached && Date.now() - cached.fetchedAt < CACHE_SECONDS * 1000) {
    return { statusCode: 200, body: JSON.stringify(cached) };
  }
  const reading = await fetchJson(`https://api.openaq.example/v3/latest?city=${encodeURIComponent(city)}`); // expect: undefined-variable
  const summary = {
    city,
    pm25: reading.results[0].value,
    level: reading.results[0].value > PM25_LIMIT ? 'poor' : 'ok', // expect: undefined-variable
    fetchedAt: Date.now(),
  };
  await store.setJSON(city, summary);
  return { statusCode: 200, headers: { 'cache-control': `max-age=${CACHE_SECONDS}` }, body: JSON.stringify(summary) };
};
