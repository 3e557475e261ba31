import { Client, types } from 'cassandra-driver';

const client = new Client({
  contactPoints: (process.env.CASSANDRA_HOSTS ?? '127.0.0.1').split(','),
  localDataCenter: process.env.CASSANDRA_DC ?? 'datacenter1',
  keyspace: 'telemetry',
});

export async function latestReadings(sensorIds: string[], day: string): Promise<Map<string, number>> {
  const latest = new Map<string, number>();
  const query = 'SELECT sensor_id, value FROM readings_by_day WHERE day = ? AND sensor_id IN ? LIMIT 1000';
  try {
    const result = await client.execute(query, [types.LocalDate.fromString(day), sensorIds], { prepare: true });
    for (const row of result.rows) {
      try {
        latest.set(row.get('sensor_id'), Number(row.get('value')));
      } finally {
        if (latest.size >= 500) break; // expect: unsafe-finally
      }
    }
  } finally {
    if (latest.size === 0) {
      throw new Error(`no readings for ${day}`); // expect: unsafe-finally
    }
  }
  return latest;
}
