'use strict';
// Hapi plugin for the fleet-tracking API, placeholders everywhere
const { Pool } = require('pg');
const Database = require('better-sqlite3');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const cache = new Database('/var/cache/fleet/positions.db', { readonly: true });
const lastPosition = cache.prepare('SELECT lat, lon, ts FROM positions WHERE plate = ? ORDER BY ts DESC LIMIT 1');

function tripFilter(query) {
  const conds = ['t.archived = false'];
  const values = [];
  if (query.vehicle) {
    values.push(query.vehicle);
    conds.push(`t.vehicle_id = $${values.length}`);
  }
  if (query.since) {
    values.push(new Date(query.since));
    conds.push(`t.started_at >= $${values.length}`);
  }
  return { where: conds.join(' AND '), values };
}

module.exports = {
  name: 'trips',
  register(server) {
    server.route({
      method: 'GET',
      path: '/trips',
      async handler(request) {
        const { where, values } = tripFilter(request.query);
        const { rows } = await pool.query('SELECT t.id, t.vehicle_id, t.km FROM trips t WHERE ' + where, values);
        return rows;
      },
    });
    server.route({
      method: 'GET',
      path: '/vehicles/{plate}/last-position',
      handler(request) {
        return lastPosition.get(request.params.plate) || null;
      },
    });
  },
};
