import r from 'rethinkdb';

const DB = 'fleet';

async function connect() {
  return r.connect({ host: process.env.RETHINK_HOST ?? 'localhost', port: 28015, db: DB });
}

async function lastPositions(conn) {
  const cursor = await r
    .table('positions')
    .group({ index: 'vehicleId' })
    .max('ts')
    .ungroup()
    .map((row) => ({ vehicleId: row('group'), ts: row('reduction')('ts') }))
    .run(conn);
  const rows = await cursor.toArray();
  return new Map(rows.map((row) => [row.vehicleId, row.ts]));
}

export async function staleVehicles(maxAgeMinutes = 15) {
  const conn = await connect();
  try {
    const vehicles = await (await r.table('vehicles').filter({ active: true }).run(conn)).toArray();
    const seenAt = await lastPositions(conn);
    const cutoff = Date.now() - maxAgeMinutes * 60_000;
    return vehicles
      .map((vehicle) => ({ plate: vehicle.plate, seen: seenAt.get(vehicle.id) ?? null }))
      .filter((row) => row.seen === null || row.seen.getTime() < cutoff);
  } finally {
    await conn.close();
  }
}

if (process.argv[1]?.endsWith('stale.js')) {
  staleVehicles(Number(process.argv[2] ?? 15)).then((rows) => {
    for (const row of rows) {
      process.stdout.write(`${row.plate}\t${row.seen ? row.seen.toISOString() : 'never'}\n`);
    }
  });
}
