function describe(record) {
  const name = record.name.trim();
  const status = record.active ? 'active' : 'inactive';
  const map = new Map([[name, status]]);
  return { name, status, size: map.size };
}

function handle(event) {
  return event.type;
}

module.exports = { describe, handle };
