function chunk(list, size) {
  var chunks = []; // expect: var-declaration
  for (var i = 0; i < list.length; i += size) { // expect: var-declaration
    chunks.push(list.slice(i, i + size));
  }
  return chunks;
}

module.exports = { chunk };
