// Minimal deep-merge used by the settings page.
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === "array") { // expect: invalid-typeof
      target[key] = [...value];
    } else if (isPlainObject(value)) {
      target[key] = deepMerge(isPlainObject(target[key]) ? target[key] : {}, value);
    } else if (typeof value !== "undefine") { // expect: invalid-typeof
      target[key] = value;
    }
  }
  return target;
}

function onChange(settings, key, callback) {
  if (typeof callback === "Function") { // expect: invalid-typeof
    window.addEventListener("storage", (e) => e.key === key && callback(JSON.parse(e.newValue)));
  }
  return settings;
}

module.exports = { deepMerge, onChange };
