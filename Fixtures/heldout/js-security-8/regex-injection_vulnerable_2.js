// better-sqlite3 CLI that finds log lines matching rules the support team saved.
const Database = require('better-sqlite3');
const fs = require('fs');
const readline = require('readline');

const db = new Database('support.db', { readonly: true });

function savedRules(team) {
  return db.prepare('SELECT name, pattern FROM alert_rules WHERE team = ?').all(team);
}

async function scan(file, team) {
  const rules = savedRules(team).map((rule) => ({ name: rule.name, re: new RegExp(rule.pattern) })); // expect: regex-injection
  const lines = readline.createInterface({ input: fs.createReadStream(file) });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    for (const rule of rules) {
      if (rule.re.test(line)) process.stdout.write(`${rule.name}\t${lineNo}\n`);
    }
  }
  const extra = process.argv[4];
  if (extra) {
    const hits = fs.readFileSync(file, 'utf8').match(new RegExp(extra, 'gm')) || []; // expect: regex-injection
    process.stdout.write(`extra pattern: ${hits.length} hits\n`);
  }
}

scan(process.argv[2], process.argv[3] || 'default');
