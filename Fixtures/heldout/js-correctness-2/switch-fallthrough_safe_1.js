export function reducer(state, action) {
  switch (action.type) {
    case "add":
    case "append":
      return { ...state, items: [...state.items, { name: action.name, done: false }] };
    case "toggle":
      return {
        ...state,
        items: state.items.map((it, i) => (i === action.index ? { ...it, done: !it.done } : it)),
      };
    case "clear":
      if (action.onlyDone) {
        return { ...state, items: state.items.filter((it) => !it.done) };
      }
      // falls through
    case "reset":
      return { ...state, items: [] };
    default:
      throw new Error(`unknown action ${action.type}`);
  }
}
