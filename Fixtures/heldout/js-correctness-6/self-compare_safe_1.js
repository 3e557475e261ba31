/* PouchDB: resolve replication conflicts for shopping lists */
const PouchDB = require('pouchdb');

const db = new PouchDB('lists');

function pickWinner(current, candidate) {
  if (candidate.updatedAt !== current.updatedAt) {
    return candidate.updatedAt > current.updatedAt ? candidate : current;
  }
  return current.items.length >= candidate.items.length ? current : candidate;
}

async function resolveConflicts(id) {
  const doc = await db.get(id, { conflicts: true });
  const revs = doc._conflicts || [];
  const fetched = await db.bulkGet({ docs: revs.map((rev) => ({ id, rev })) });
  const losers = fetched.results.flatMap((r) => r.docs.map((d) => d.ok)).filter(Boolean);
  const winner = losers.reduce(pickWinner, doc);
  const sameOwner = losers.every((l) => l.owner === doc.owner);
  const removals = losers.map((l) => ({ _id: l._id, _rev: l._rev, _deleted: true }));
  await db.bulkDocs(removals);
  if (winner !== doc && sameOwner) {
    await db.put({ ...winner, _rev: doc._rev });
  }
  return winner;
}

module.exports = { resolveConflicts };
