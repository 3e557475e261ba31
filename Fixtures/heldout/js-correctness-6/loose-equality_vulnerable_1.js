/* PixiJS memory game */
import { Application, Container, Graphics, Text } from 'pixi.js';

export async function startMemory(root, symbols) {
  const app = new Application();
  await app.init({ width: 640, height: 480, background: '#1b1f3a' });
  root.appendChild(app.canvas);

  const board = new Container();
  app.stage.addChild(board);
  const deck = symbols.concat(symbols).sort(() => Math.random() - 0.5);
  let open = [];
  let pairsLeft = symbols.length;

  deck.forEach((symbol, i) => {
    const card = new Graphics().roundRect(0, 0, 90, 120, 12).fill(0x3d5af1);
    card.position.set(20 + (i % 6) * 100, 20 + Math.floor(i / 6) * 130);
    card.eventMode = 'static';
    card.symbol = symbol;
    card.on('pointertap', () => {
      if (open.length == 2 || card.tint !== 0xffffff) return; // expect: loose-equality
      open = open.concat(card);
      card.tint = 0xffd166;
      if (open.length !== 2) return;
      if (open[0].symbol == open[1].symbol) { // expect: loose-equality
        pairsLeft -= 1;
        open = [];
      } else {
        setTimeout(() => {
          open.forEach((c) => { c.tint = 0xffffff; });
          open = [];
        }, 700);
      }
      if (pairsLeft != 0) return; // expect: loose-equality
      board.addChild(new Text({ text: 'You win!', style: { fill: '#ffffff', fontSize: 48 } }));
    });
    board.addChild(card);
  });
  return app;
}
