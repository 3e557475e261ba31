// better-sqlite3 CLI that finds log lines containing phrases the support team saved.
const Database = require('better-sqlite3');
const fs = require('fs');
const readline = require('readline');

const db = new Database('support.db', { readonly: true });

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function savedRules(team) {
  return db.prepare('SELECT name, phrase FROM alert_rules WHERE team = ?').all(team);
}

async function scan(file, team) {
  const rules = savedRules(team).map((rule) => ({ name: rule.name, re: new RegExp(escapeRegExp(rule.phrase), 'i') }));
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
    const hits = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.includes(extra));
    process.stdout.write(`extra phrase: ${hits.length} hits\n`);
  }
}

scan(process.argv[2], process.argv[3] || 'default');
