// Node: equality helpers in the style of a utility library, written before Number.isNaN.
function isNaNValue(value) {
  return value !== value;
}

function sameValueZero(value, other) {
  return value === other || (value !== value && other !== other);
}

function indexOfValue(list, value) {
  if (list.length > 0 && value === value) {
    return list.indexOf(value);
  }
  return list.findIndex(isNaNValue);
}

module.exports = { sameValueZero, indexOfValue };
