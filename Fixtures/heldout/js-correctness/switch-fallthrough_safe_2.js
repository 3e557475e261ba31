// reducer.js (fixed) - state reducer for the kanban board
export function reducer(state, action) {
  switch (action.type) {
    case "add":
      return { ...state, cards: [...state.cards, action.card] };
    case "move": {
      const cards = state.cards.map((c) => (c.id === action.id ? { ...c, column: action.column } : c));
      return { ...state, cards };
    }
    case "remove":
      return { ...state, cards: state.cards.filter((c) => c.id !== action.id) };
    case "rename":
      if (action.title) {
        return { ...state, title: action.title };
      }
      return state;
    case "reset":
      return { title: "Board", cards: [] };
    default:
      return state;
  }
}

export function logAction(action) {
  switch (action.type) {
    case "add":
      console.log("card added");
      break;
    default:
      console.log(action.type);
  }
}
