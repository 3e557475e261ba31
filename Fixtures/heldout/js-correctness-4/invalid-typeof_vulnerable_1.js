// Redux middleware: accept thunks, promises and plain actions; validate the rest.
export const flexibleMiddleware = (store) => (next) => (action) => {
  if (typeof action === "funtion") { // expect: invalid-typeof
    return action(store.dispatch, store.getState);
  }
  if (action && typeof action.then === "function") {
    return action.then(store.dispatch);
  }
  if (typeof action.type !== "string") {
    throw new TypeError("actions need a string type");
  }
  if (typeof action.payload === "array") { // expect: invalid-typeof
    return next({ ...action, payload: [...action.payload] });
  }
  if (typeof action.meta === "null" || typeof action.meta === "undefined") { // expect: invalid-typeof
    return next({ ...action, meta: { at: Date.now() } });
  }
  return next(action);
};
