'use strict';
// AWS Lambda: public, read-only opening-hours API; any origin may read, no credentials.
const { openingHours } = require('./hours');

const PUBLIC_CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Max-Age': '86400',
};

exports.handler = async (event) => {
  if (event.httpMethod === 'OPTIONS') {
    return { statusCode: 204, headers: PUBLIC_CORS, body: '' };
  }
  const store = (event.pathParameters && event.pathParameters.store) || 'main';
  return {
    statusCode: 200,
    headers: Object.assign({ 'Content-Type': 'application/json' }, PUBLIC_CORS),
    body: JSON.stringify(await openingHours(store)),
  };
};
