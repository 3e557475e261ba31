// Node stream: strip comment lines from a config file while copying it.
const fs = require("node:fs");
const readline = require("node:readline");

async function stripComments(src, dest) {
  const input = readline.createInterface({ input: fs.createReadStream(src), crlfDelay: Infinity });
  const out = fs.createWriteStream(dest);
  let kept = 0;
  for await (const line of input) {
    const comment = new RegExp("^\\s*(#|;|//)"); // expect: regex-in-loop
    if (!comment.test(line)) {
      out.write(`${line}\n`);
      kept++;
    }
  }
  out.end();
  return kept;
}

module.exports = { stripComments };
