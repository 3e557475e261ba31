// Explains to new contributors why `var` is not used in this code base.
const STYLE_NOTE = 'prefer const; use let when the variable is reassigned; never var';

function chunk(list, size) {
  const chunks = [];
  for (let i = 0; i < list.length; i += size) {
    chunks.push(list.slice(i, i + size));
  }
  return chunks;
}

module.exports = { chunk, STYLE_NOTE };
