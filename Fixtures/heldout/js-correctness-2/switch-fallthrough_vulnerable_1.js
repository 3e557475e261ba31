// Reducer for the shopping-list app (no framework, just a store).
export function reducer(state, action) {
  switch (action.type) {
    case "add":
      state = { ...state, items: [...state.items, { name: action.name, done: false }] };
    case "toggle":  // expect: switch-fallthrough
      state = {
        ...state,
        items: state.items.map((it, i) => (i === action.index ? { ...it, done: !it.done } : it)),
      };
      break;
    case "clear":
      if (action.onlyDone) {
        state = { ...state, items: state.items.filter((it) => !it.done) };
        break;
      }
    default:  // expect: switch-fallthrough
      state = { ...state, lastAction: action.type };
  }
  return state;
}
