function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (Array.isArray(value)) {
      target[key] = [...value];
    } else if (isPlainObject(value)) {
      target[key] = deepMerge(isPlainObject(target[key]) ? target[key] : {}, value);
    } else if (typeof value !== "undefined") {
      target[key] = value;
    }
  }
  return target;
}

function sameKind(a, b) {
  return typeof a === typeof b && Array.isArray(a) === Array.isArray(b);
}

const EXPECTED = { volume: "number", theme: "string", muted: "boolean" };

function validate(settings) {
  return Object.keys(EXPECTED).filter((key) => typeof settings[key] !== EXPECTED[key]);
}

module.exports = { deepMerge, sameKind, validate };
