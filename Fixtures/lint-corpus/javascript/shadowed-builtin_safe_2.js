const html = {
  escape(text) {
    return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  },
  Number: 'NUMBER_FORMAT',
};

function average(values) {
  if (values.length === 0) {
    return Number.NaN;
  }
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function parse(text) {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

module.exports = { average, parse, html };
