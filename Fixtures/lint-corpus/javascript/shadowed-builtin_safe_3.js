const { Map: ImmutableMap } = require('immutable');

class ValidationError extends Error {
  constructor(field) {
    super(`${field} is invalid`);
    this.field = field;
  }
}

function toQuery(params) {
  return Object.entries(params).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

module.exports = { ImmutableMap, ValidationError, toQuery };
