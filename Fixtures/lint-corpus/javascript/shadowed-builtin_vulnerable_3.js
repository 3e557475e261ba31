function parseInt(value) { // expect: shadowed-builtin
  return Number.parseFloat(value) | 0;
}

function toQuery(params) {
  const Object = { entries: (value) => Array.from(new Set(value)) }; // expect: shadowed-builtin
  return Object.entries(params).join('&');
}

module.exports = { parseInt, toQuery };
