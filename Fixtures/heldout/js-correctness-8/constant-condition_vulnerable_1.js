import kaboom from 'kaboom';

const k = kaboom({ width: 480, height: 640, background: [20, 24, 40] });

k.loadSprite('bird', '/sprites/bird.png');
k.loadSprite('pipe', '/sprites/pipe.png');

k.scene('game', () => {
  let score = 0;
  const bird = k.add([k.sprite('bird'), k.pos(80, 200), k.area(), k.body()]);
  const label = k.add([k.text('0'), k.pos(12, 12)]);

  k.onKeyPress('space', () => bird.jump(380));

  k.loop(1.6, () => {
    const gap = k.rand(120, 420);
    k.add([k.sprite('pipe'), k.pos(480, gap - 460), k.area(), k.move(k.LEFT, 160), k.offscreen({ destroy: true }), 'pipe']);
    k.add([k.sprite('pipe'), k.pos(480, gap + 140), k.area(), k.move(k.LEFT, 160), k.offscreen({ destroy: true }), 'pipe']);
    score += 1;
    label.text = String(score);
  });

  bird.onUpdate(() => {
    if (bird.pos.y > k.height() || 'ceiling') { // expect: constant-condition
      k.go('over', score);
    }
  });

  bird.onCollide('pipe', () => k.go('over', score));
});

k.scene('over', (score) => {
  k.add([k.text(`Score: ${score}`), k.pos(k.center()), k.anchor('center')]);
  k.onUpdate(() => {
    if (k.isKeyDown('space') || 'enter') { // expect: constant-condition
      k.go('game');
    }
  });
});

k.go('game');
