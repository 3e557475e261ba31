// reducer.js - state reducer for the kanban board
export function reducer(state, action) {
  switch (action.type) {
    case "add":
      state = { ...state, cards: [...state.cards, action.card] };
      break;
    case "move": {
      const cards = state.cards.map((c) => (c.id === action.id ? { ...c, column: action.column } : c));
      state = { ...state, cards };
    }
    case "remove": // expect: switch-fallthrough
      state = { ...state, cards: state.cards.filter((c) => c.id !== action.id) };
      break;
    case "rename":
      if (action.title) {
        state = { ...state, title: action.title };
        break;
      }
    case "reset": // expect: switch-fallthrough
      state = { title: "Board", cards: [] };
      break;
    default:
      break;
  }
  return state;
}
