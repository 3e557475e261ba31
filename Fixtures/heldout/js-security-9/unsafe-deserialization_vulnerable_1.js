const Redis = require('ioredis');
const { deserialize } = require('seroval');
const { renderDashboard } = require('./dashboard');

const subscriber = new Redis(process.env.REDIS_URL);

subscriber.subscribe('dashboard:state', (err) => {
  if (err) {
    console.error('subscribe failed', err.message);
    process.exit(1);
  }
});

function restoreState(message) {
  return deserialize(message); // expect: unsafe-deserialization
}

subscriber.on('message', (channel, message) => {
  const state = restoreState(message);
  renderDashboard(state.widgets, state.filters);
});
