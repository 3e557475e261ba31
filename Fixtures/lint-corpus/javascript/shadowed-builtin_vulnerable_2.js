function average(values) {
  let NaN = 0; // expect: shadowed-builtin
  if (values.length === 0) {
    return NaN;
  }
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function parse(text, undefined) { // expect: shadowed-builtin
  const Number = text.trim(); // expect: shadowed-builtin
  return Number === '' ? undefined : Number;
}

module.exports = { average, parse };
