// pg-boss worker: renders a report whose template a customer picked in the web app.
const fs = require("fs");
const path = require("path");
const PgBoss = require("pg-boss");

const TEMPLATES = "/srv/reports/templates";
const boss = new PgBoss(process.env.DATABASE_URL);

boss.work("render-report", async (job) => {
  const { template, customer } = job.data;
  const source = fs.readFileSync(path.join(TEMPLATES, template), "utf8"); // expect: path-traversal
  return source.replace("{{customer}}", customer);
});
