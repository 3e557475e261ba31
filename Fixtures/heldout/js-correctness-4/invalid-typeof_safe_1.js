// Redux middleware: accept thunks, promises and plain actions; validate the rest.
const META_TYPES = { at: "number", source: "string" };

export const flexibleMiddleware = (store) => (next) => (action) => {
  if (typeof action === "function") {
    return action(store.dispatch, store.getState);
  }
  if (action && typeof action.then === "function") {
    return action.then(store.dispatch);
  }
  if (Array.isArray(action.payload)) {
    return next({ ...action, payload: [...action.payload] });
  }
  for (const [key, expected] of Object.entries(META_TYPES)) {
    if (action.meta && key in action.meta && typeof action.meta[key] !== expected) {
      throw new TypeError(`meta.${key} must be a ${expected}`);
    }
  }
  return next(action);
};

export function sameKind(a, b) {
  return typeof a === typeof b || (typeof a === "bigint" && typeof b === "number");
}
