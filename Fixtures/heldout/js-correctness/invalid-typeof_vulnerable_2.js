// settings-panel.js - read values from a settings form into an object
export function readSettings(form) {
  const settings = {};
  for (const el of form.elements) {
    if (!el.name) {
      continue;
    }
    const kind = typeof el.valueAsNumber;
    if (kind === "number" && !Number.isNaN(el.valueAsNumber)) {
      settings[el.name] = el.valueAsNumber;
    } else if (typeof el.checked === "bool") { // expect: invalid-typeof
      settings[el.name] = el.checked;
    } else {
      settings[el.name] = el.value;
    }
  }
  return settings;
}

export function merge(defaults, overrides) {
  const out = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value === "null") { // expect: invalid-typeof
      continue;
    }
    out[key] = value;
  }
  return out;
}
