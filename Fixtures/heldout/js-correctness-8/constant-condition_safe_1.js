import kaboom from 'kaboom';

const k = kaboom({ width: 480, height: 640, background: [20, 24, 40] });

k.loadSprite('bird', '/sprites/bird.png');

k.scene('game', (hardMode) => {
  let score = 0;
  const bird = k.add([k.sprite('bird'), k.pos(80, 200), k.area(), k.body()]);
  const label = k.add([k.text('0'), k.pos(12, 12)]);

  k.onKeyPress('space', () => bird.jump(hardMode ? 300 : 380));
  k.loop(1.6, () => {
    score += 1;
    label.text = String(score);
  });

  bird.onUpdate(() => {
    if (bird.pos.y > k.height() || bird.pos.y < 0) {
      k.go('over', { score, hardMode });
    }
  });
});

k.scene('over', ({ score, hardMode }) => {
  k.add([k.text(hardMode ? `Hard: ${score}` : `Score: ${score}`), k.pos(k.center()), k.anchor('center')]);
  k.onKeyPress('space', () => k.go('game', hardMode));
});

k.go('game', false);
