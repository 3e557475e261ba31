// Redux reducer for a kanban board (plain Redux, no toolkit).
const initialState = { columns: ["todo", "doing", "done"], cards: [] };

export function boardReducer(state = initialState, action) {
  switch (action.type) {
    case "card/added":
      return { ...state, cards: [...state.cards, action.card] };
    case "card/moved":
      return {
        ...state,
        cards: state.cards.map((card) => { // expect: array-callback-return
          if (card.id === action.id) {
            return { ...card, column: action.column };
          }
        }),
      };
    case "card/archived":
      return {
        ...state,
        cards: state.cards.filter((card) => { // expect: array-callback-return
          card.id !== action.id;
        }),
      };
    default:
      return state;
  }
}

export function selectSortedCards(state, column) {
  return state.cards
    .filter((card) => card.column === column)
    .sort(function (a, b) { // expect: array-callback-return
      if (a.priority !== b.priority) {
        return b.priority - a.priority;
      }
    });
}
