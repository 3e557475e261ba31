// settings-panel.js (fixed) - booleans, nulls and kinds from a lookup
const EXPECTED = { volume: "number", muted: "boolean", nickname: "string" };

export function readSettings(form) {
  const settings = {};
  for (const el of form.elements) {
    if (!el.name) {
      continue;
    }
    if (el.type === "checkbox") {
      settings[el.name] = el.checked;
    } else if (el.type === "number" || el.type === "range") {
      settings[el.name] = el.valueAsNumber;
    } else {
      settings[el.name] = el.value;
    }
  }
  return settings;
}

export function invalidKeys(settings) {
  return Object.keys(EXPECTED).filter((key) => typeof settings[key] !== EXPECTED[key]);
}

export function merge(defaults, overrides) {
  const out = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null || typeof value === "object") {
      continue;
    }
    out[key] = value;
  }
  return out;
}
