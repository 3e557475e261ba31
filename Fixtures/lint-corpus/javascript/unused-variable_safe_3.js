const fs = require('fs/promises');

async function loadConfig(path) {
  const raw = await fs.readFile(path, 'utf8');
  const { password, ...publicSettings } = JSON.parse(raw);
  return publicSettings;
}

function summarize(entries) {
  const [first, , third] = entries;
  return `${first.name}, then ${third ? third.name : 'nobody'}`;
}

function pairs(map) {
  const result = [];
  for (const [key, value] of Object.entries(map)) {
    result.push(`${key}=${value}`);
  }
  return result;
}

module.exports = { loadConfig, summarize, pairs };
