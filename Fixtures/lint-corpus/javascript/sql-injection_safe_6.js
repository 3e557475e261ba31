'use strict';
const { Pool } = require('pg');

const pool = new Pool();

class MemberRepository {
  constructor(db) {
    this.db = db;
  }

  async lookup({ club, surname }) {
    const values = [club];
    let sql = 'SELECT id, surname FROM members WHERE club = $1';
    if (surname) {
      values.push(`${surname}%`);
      sql += ' AND surname ILIKE $2';
    }
    const { rows } = await this.db.query(sql, values);
    return rows;
  }
}

const members = new MemberRepository(pool);

module.exports = function routes(app) {
  app.get('/members', async (req, res) => res.json(await members.lookup(req.query)));
};
