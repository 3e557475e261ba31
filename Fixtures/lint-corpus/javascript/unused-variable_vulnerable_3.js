const fs = require('fs/promises');

async function loadConfig(path) {
  const raw = await fs.readFile(path, 'utf8');
  const { port, host, debug } = JSON.parse(raw); // expect: unused-variable
  return { port: Number(port), host };
}

function summarize(entries) {
  const [first, second] = entries; // expect: unused-variable
  const count = entries.length;
  return `${first.name} and ${count - 1} others`;
}

module.exports = { loadConfig, summarize };
