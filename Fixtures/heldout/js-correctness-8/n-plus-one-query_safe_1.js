import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL, { max: 5 });

export async function dashboard(siteId) {
  const rows = await sql`
    select distinct on (s.id) s.label, s.unit, r.value, r.taken_at
    from sensors s
    join readings r on r.sensor_id = s.id
    where s.site_id = ${siteId}
    order by s.id, r.taken_at desc
  `;
  return rows
    .map((row) => ({ label: row.label, unit: row.unit, latest: { value: row.value, taken_at: row.taken_at } }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function close() {
  return sql.end({ timeout: 5 });
}
