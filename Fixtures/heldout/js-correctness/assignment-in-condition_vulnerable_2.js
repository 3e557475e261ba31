// tokens.js - tiny tokenizer for the expression-evaluator assignment
const TOKEN = /\s*(\d+\.?\d*|[-+*/()])/y;

function tokenize(src) {
  const tokens = [];
  let match;
  TOKEN.lastIndex = 0;
  while (match = TOKEN.exec(src)) { // expect: assignment-in-condition
    tokens.push(match[1]);
  }
  return tokens;
}

function countParens(tokens) {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "(") depth++;
    else if (t === ")") depth--;
    if (depth = 0 && i < tokens.length - 1) { // expect: assignment-in-condition
      console.log("top level at", i);
    }
  }
  return depth;
}

module.exports = { tokenize, countParens };
