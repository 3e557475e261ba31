type Action =
  | { type: "add"; item: string }
  | { type: "remove"; index: number }
  | { type: "clear" }
  | { type: "undo" };

interface State {
  items: string[];
  history: string[][];
}

export function shoppingList(state: State, action: Action): State {
  const history = [...state.history, state.items];
  switch (action.type) {
    case "add":
      if (action.item.trim() !== "") {
        return { items: [...state.items, action.item.trim()], history };
      }
      break;
    case "remove":
      state = { items: state.items.filter((_, i) => i !== action.index), history };
    case "clear": // expect: switch-fallthrough
      return { items: [], history };
    case "undo":
      if (state.history.length > 0) {
        return { items: state.history[state.history.length - 1], history: state.history.slice(0, -1) };
      }
    default: // expect: switch-fallthrough
      return state;
  }
  return state;
}
