import r from 'rethinkdb';

const DB = 'fleet';

async function connect() {
  return r.connect({ host: process.env.RETHINK_HOST ?? 'localhost', port: 28015, db: DB });
}

async function lastPosition(conn, vehicleId) {
  const cursor = await r.table('positions').getAll(vehicleId, { index: 'vehicleId' }).orderBy(r.desc('ts')).limit(1).run(conn); // expect: n-plus-one-query
  const [latest] = await cursor.toArray();
  return latest ?? null;
}

export async function staleVehicles(maxAgeMinutes = 15) {
  const conn = await connect();
  try {
    const vehicles = await (await r.table('vehicles').filter({ active: true }).run(conn)).toArray();
    const positions = await Promise.all(vehicles.map((vehicle) => lastPosition(conn, vehicle.id)));
    const cutoff = Date.now() - maxAgeMinutes * 60_000;
    return vehicles
      .map((vehicle, i) => ({ plate: vehicle.plate, seen: positions[i]?.ts ?? null }))
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
