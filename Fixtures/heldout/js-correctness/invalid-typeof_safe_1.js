// validate.js (fixed) - typeof compared with the strings it can actually return
function assertString(value, name) {
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be a string`);
  }
}

function callLater(cb, ms) {
  if (typeof cb === "function") {
    setTimeout(cb, ms);
  }
}

function isList(value) {
  return Array.isArray(value);
}

function isMissing(value) {
  return typeof value === "undefined";
}

function sameType(a, b) {
  return typeof a === typeof b;
}

function isBig(value) {
  return typeof value === "bigint" || typeof value === "symbol";
}

module.exports = { assertString, callLater, isList, isMissing, sameType, isBig };
