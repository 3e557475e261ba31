// Redux reducer for a kanban board (plain Redux, no toolkit).
const initialState = { columns: ["todo", "doing", "done"], cards: [] };

export function boardReducer(state = initialState, action) {
  switch (action.type) {
    case "card/moved":
      return {
        ...state,
        cards: state.cards.map((card) => {
          if (card.id === action.id) {
            return { ...card, column: action.column };
          }
          return card;
        }),
      };
    case "card/archived":
      return { ...state, cards: state.cards.filter((card) => card.id !== action.id) };
    default:
      return state;
  }
}

export function countByColumn(state) {
  return state.cards.reduce((acc, card) => {
    acc[card.column] = (acc[card.column] || 0) + 1;
    return acc;
  }, {});
}

export function logCards(state) {
  state.cards.forEach((card) => {
    console.info(card.id, card.column);
  });
  state.cards.sort((a, b) => b.priority - a.priority);
}
