const Loki = require('lokijs');

const db = new Loki('pantry.db', { autosave: false });

function loadDatabase() {
  return new Promise((resolve, reject) => {
    db.loadDatabase({}, (err) => (err ? reject(err) : resolve()));
  });
}

async function restock(name, quantity) {
  let saved = false;
  try {
    await loadDatabase();
    const items = db.getCollection('items') || db.addCollection('items', { unique: ['name'] });
    const existing = items.by('name', name);
    if (existing) {
      existing.quantity += quantity;
      items.update(existing);
    } else {
      items.insert({ name, quantity });
    }
    db.saveDatabase();
    saved = true;
  } finally {
    db.close();
  }
  return { name, saved };
}

module.exports = { restock };
