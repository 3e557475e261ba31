// Key checks in the style of utility libraries: the type is read once with `typeof` and then
// compared with type names, so both sides of each `==` are strings.
function isKeyable(value) {
  const type = typeof value;
  return (type == 'string' || type == 'number' || type == 'symbol' || type == 'boolean')
    ? (value !== '__proto__')
    : (value === null);
}

const isPlainValue = (value) => {
  const kind = typeof value;
  return kind != 'object' && kind != 'function';
};

module.exports = { isKeyable, isPlainValue };
