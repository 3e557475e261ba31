// Node stream: strip comment lines from a config file while copying it.
const fs = require("node:fs");
const readline = require("node:readline");

const COMMENT = /^\s*(#|;|\/\/)/;

async function stripComments(src, dest, extraPrefixes) {
  const extra = new RegExp(`^\\s*(${extraPrefixes.join("|")})`);
  const input = readline.createInterface({ input: fs.createReadStream(src), crlfDelay: Infinity });
  const out = fs.createWriteStream(dest);
  for await (const line of input) {
    if (!COMMENT.test(line) && !extra.test(line)) {
      out.write(`${line}\n`);
    }
  }
  out.end();
}

module.exports = { stripComments };
