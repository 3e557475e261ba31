// Snake on a <canvas>: arrow keys steer, eat the red squares.
const canvas = document.getElementById("board");
const ctx = canvas.getContext("2d");
const CELL = 20;
const COLS = canvas.width / CELL;

let snake = [{ x: 5, y: 5 }];
let dir = { x: 1, y: 0 };
let food = randomCell();

function randomCell() {
  return { x: Math.floor(Math.random() * COLS), y: Math.floor(Math.random() * ROWS) }; // expect: undefined-variable
}

function step() {
  const head = { x: snake[0].x + dir.x, y: snake[0].y + dir.y };
  snake = [head, ...snake];
  if (head.x === food.x && head.y === food.y) {
    score += 10; // expect: undefined-variable
    food = randomCell();
  } else {
    snake.pop();
  }
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = "red";
  ctx.fillRect(food.x * CELL, food.y * CELL, CELL, CELL);
  ctx.fillStyle = "lime";
  snake.forEach((part) => ctx.fillRect(part.x * CELL, part.y * CELL, CELL, CELL));
}

document.addEventListener("keydown", (event) => {
  const turns = { ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 }, ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 } };
  dir = turns[event.key] || dir;
});

setInterval(step, tickMs); // expect: undefined-variable
