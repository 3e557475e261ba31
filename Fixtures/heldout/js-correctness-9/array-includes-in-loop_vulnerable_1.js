import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

const doc = new Y.Doc();
const provider = new WebsocketProvider('wss://collab.example.org', 'retro-board', doc);
const cards = doc.getArray('cards');
const hiddenAuthors = [];

export function hideAuthor(name) {
  hiddenAuthors.push(name);
  render();
}

function visibleCards() {
  const out = [];
  for (const card of cards.toArray()) {
    if (hiddenAuthors.includes(card.get('author'))) { // expect: array-includes-in-loop
      continue;
    }
    out.push({ id: card.get('id'), text: card.get('text'), votes: card.get('votes') ?? 0 });
  }
  return out;
}

export function render() {
  const list = document.getElementById('cards');
  list.replaceChildren(...visibleCards().map((c) => {
    const li = document.createElement('li');
    li.textContent = `${c.text} (+${c.votes})`;
    li.dataset.id = c.id;
    return li;
  }));
}

cards.observeDeep(render);
provider.on('status', (event) => {
  document.body.classList.toggle('offline', event.status !== 'connected');
});
