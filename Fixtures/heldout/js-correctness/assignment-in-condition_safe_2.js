// tokens.js (fixed) - the exec loop wraps its assignment in extra parentheses on purpose
const TOKEN = /\s*(\d+\.?\d*|[-+*/()])/y;

function tokenize(src) {
  const tokens = [];
  let match;
  TOKEN.lastIndex = 0;
  while ((match = TOKEN.exec(src))) {
    tokens.push(match[1]);
  }
  return tokens;
}

function readLines(reader) {
  const lines = [];
  let line;
  while ((line = reader.next()) !== null) {
    lines.push(line);
  }
  return lines;
}

function countParens(tokens) {
  let depth = 0;
  for (const t of tokens) {
    depth += t === "(" ? 1 : t === ")" ? -1 : 0;
  }
  return depth;
}

module.exports = { tokenize, readLines, countParens };
