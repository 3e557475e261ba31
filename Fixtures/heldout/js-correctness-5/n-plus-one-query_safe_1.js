// Objection.js: a gym's monthly membership report.
const { Model } = require("objection");
const Knex = require("knex");

Model.knex(Knex(require("./knexfile").production));

class Member extends Model {
  static tableName = "members";
}

async function monthlyReport(month) {
  const rows = await Member.query()
    .select("members.first_name", "members.surname")
    .count("check_ins.id as visits")
    .leftJoin("check_ins", function joinMonth() {
      this.on("check_ins.member_id", "members.id").andOnVal("check_ins.month", month);
    })
    .where("members.active", true)
    .groupBy("members.id")
    .orderBy("members.surname");
  return rows.map((row) => ({ name: `${row.first_name} ${row.surname}`, visits: Number(row.visits) }));
}

module.exports = { monthlyReport };
