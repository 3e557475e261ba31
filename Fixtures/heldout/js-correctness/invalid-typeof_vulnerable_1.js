// validate.js - argument checks for the course's utility library
function assertString(value, name) {
  if (typeof value !== "strng") { // expect: invalid-typeof
    throw new TypeError(`${name} must be a string`);
  }
}

function callLater(cb, ms) {
  if (typeof cb === "fucntion") { // expect: invalid-typeof
    setTimeout(cb, ms);
  }
}

function isList(value) {
  return typeof value === "array"; // expect: invalid-typeof
}

function isMissing(value) {
  return typeof value === undefined; // expect: invalid-typeof
}

module.exports = { assertString, callLater, isList, isMissing };
