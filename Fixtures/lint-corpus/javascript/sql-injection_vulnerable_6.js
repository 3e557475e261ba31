'use strict';
const { Pool } = require('pg');

const pool = new Pool();

class MemberRepository {
  constructor(db) {
    this.db = db;
  }

  async lookup({ club, surname }) {
    const where = [`club = '${club}'`];
    if (surname) where.push(`surname ILIKE '${surname}%'`);
    const { rows } = await this.db.query(`SELECT id, surname FROM members WHERE ${where.join(' AND ')}`); // expect: sql-injection
    return rows;
  }
}

const members = new MemberRepository(pool);

module.exports = function routes(app) {
  app.get('/members', async (req, res) => res.json(await members.lookup(req.query)));
};
