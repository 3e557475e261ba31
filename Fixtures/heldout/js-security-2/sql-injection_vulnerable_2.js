'use strict';
// Hapi plugin for the fleet-tracking API (node-postgres + better-sqlite3 cache)
const { Pool } = require('pg');
const Database = require('better-sqlite3');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const cache = new Database('/var/cache/fleet/positions.db', { readonly: true });

function tripFilter(query) {
  const conds = ['t.archived = false'];
  if (query.vehicle) conds.push("t.vehicle_id = '" + query.vehicle + "'");
  if (query.since) conds.push("t.started_at >= '" + query.since + "'");
  return conds.join(' AND ');
}

module.exports = {
  name: 'trips',
  register(server) {
    server.route({
      method: 'GET',
      path: '/trips',
      async handler(request) {
        const text = 'SELECT t.id, t.vehicle_id, t.km FROM trips t WHERE ' + tripFilter(request.query);
        const { rows } = await pool.query(text); // expect: sql-injection
        return rows;
      },
    });
    server.route({
      method: 'GET',
      path: '/vehicles/{plate}/last-position',
      handler(request) {
        const stmt = cache.prepare(`SELECT lat, lon, ts FROM positions WHERE plate = '${request.params.plate}' ORDER BY ts DESC LIMIT 1`); // expect: sql-injection
        return stmt.get() || null;
      },
    });
  },
};
