const Loki = require('lokijs');

const db = new Loki('pantry.db', { autosave: false });
let items = null;

function loadDatabase() {
  return new Promise((resolve, reject) => {
    db.loadDatabase({}, (err) => (err ? reject(err) : resolve()));
  });
}

async function restock(name, quantity) {
  let saved = false;
  try {
    await loadDatabase();
    items = db.getCollection('items') || db.addCollection('items', { unique: ['name'] });
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
    return { name, saved }; // expect: unsafe-finally
  }
}

module.exports = { restock };
