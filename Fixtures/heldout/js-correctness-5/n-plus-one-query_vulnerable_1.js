// Objection.js: a gym's monthly membership report.
const { Model } = require("objection");
const Knex = require("knex");

Model.knex(Knex(require("./knexfile").production));

class Member extends Model {
  static tableName = "members";
}

class CheckIn extends Model {
  static tableName = "check_ins";
}

async function monthlyReport(month) {
  const members = await Member.query().where("active", true).orderBy("surname");
  return Promise.all(
    members.map(async (member) => {
      const visits = await CheckIn.query().where({ member_id: member.id }).andWhere("month", month).resultSize();  // expect: n-plus-one-query
      return { name: `${member.first_name} ${member.surname}`, visits };
    }),
  );
}

module.exports = { monthlyReport };
