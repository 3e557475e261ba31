import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL, { max: 5 });

async function latestReading(sensorId) {
  const [reading] = await sql`select value, taken_at from readings where sensor_id = ${sensorId} order by taken_at desc limit 1`; // expect: n-plus-one-query
  return reading || null;
}

export async function dashboard(siteId) {
  const sensors = await sql`select id, label, unit from sensors where site_id = ${siteId} order by label`;
  const rows = await Promise.all(
    sensors.map(async (sensor) => ({
      label: sensor.label,
      unit: sensor.unit,
      latest: await latestReading(sensor.id),
    })),
  );
  return rows.filter((row) => row.latest !== null);
}

export function close() {
  return sql.end({ timeout: 5 });
}
