const Redis = require('ioredis');
const { renderDashboard } = require('./dashboard');

const subscriber = new Redis(process.env.REDIS_URL);

subscriber.subscribe('dashboard:state', (err) => {
  if (err) {
    console.error('subscribe failed', err.message);
    process.exit(1);
  }
});

function restoreState(message) {
  const state = JSON.parse(message);
  if (!Array.isArray(state.widgets) || typeof state.filters !== 'object' || state.filters === null) {
    throw new Error('malformed dashboard state');
  }
  return { widgets: state.widgets.map(String), filters: { ...state.filters } };
}

subscriber.on('message', (channel, message) => {
  try {
    const state = restoreState(message);
    renderDashboard(state.widgets, state.filters);
  } catch (err) {
    console.warn('ignored dashboard state:', err.message);
  }
});
