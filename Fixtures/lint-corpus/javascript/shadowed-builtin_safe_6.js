// Node: a small utility module that takes the built-ins from the global object it runs in,
// so that a polyfilled Promise or Map is used when the page installed one.
const root = typeof globalThis === 'object' ? globalThis : this;

const Symbol = root.Symbol;
const Promise = root.Promise;
const Map = getNative(root, 'Map');

function getNative(object, key) {
  const value = object == null ? undefined : object[key];
  return typeof value === 'function' ? value : undefined;
}

function tagOf(value) {
  return Symbol && Symbol.toStringTag in Object(value) ? 'tagged' : 'plain';
}

function cacheFor(keys) {
  const cache = Map ? new Map() : null;
  keys.forEach(function (key) { if (cache) cache.set(key, tagOf(key)); });
  return Promise.resolve(cache);
}

module.exports = { cacheFor: cacheFor };
