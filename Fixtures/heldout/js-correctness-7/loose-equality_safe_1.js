// p5.js sketch (instance mode): a snake game with strict comparisons.
import p5 from 'p5';

export function snakeSketch(parent) {
  return new p5((p) => {
    let snake;
    let food;
    let direction = { x: 1, y: 0 };
    const CELL = 20;

    p.setup = () => {
      p.createCanvas(400, 400);
      p.frameRate(8);
      snake = [{ x: 5, y: 5 }];
      food = { x: 10, y: 10 };
    };

    p.keyPressed = () => {
      if (p.keyCode === p.LEFT_ARROW && direction.x !== 1) {
        direction = { x: -1, y: 0 };
      } else if (p.keyCode === p.RIGHT_ARROW && direction.x !== -1) {
        direction = { x: 1, y: 0 };
      }
    };

    p.draw = () => {
      p.background(30);
      const head = { x: snake[0].x + direction.x, y: snake[0].y + direction.y };
      snake.unshift(head);
      if (head.x === food.x && head.y === food.y) {
        food = { x: p.floor(p.random(20)), y: p.floor(p.random(20)) };
      } else {
        snake.pop();
      }
      p.fill(220, 60, 60);
      p.rect(food.x * CELL, food.y * CELL, CELL, CELL);
      p.fill(240);
      snake.forEach((part) => p.rect(part.x * CELL, part.y * CELL, CELL, CELL));
    };
  }, parent);
}
