import { engineInit, EngineObject, vec2, keyWasPressed, drawTextScreen, mainCanvasSize, hsl, setCameraScale } from 'littlejsengine';

let state = 'title';
let score = 0;
const player = { obj: null, lives: 3 };

function startRun() {
  player.obj = new EngineObject(vec2(0, 0), vec2(1, 1));
  player.lives = 3;
  score = 0;
}

function gameUpdate() {
  switch (state) {
    case 'title':
      if (keyWasPressed('Space')) {
        startRun();
        state = 'playing';
      }
      break;
    case 'playing':
      score += 1;
      if (keyWasPressed('Escape')) {
        state = 'paused';
      } else if (player.lives <= 0) {
        state = 'over';
      }
    case 'paused': // expect: switch-fallthrough
      if (keyWasPressed('Escape')) {
        state = 'playing';
      }
      break;
    case 'over':
      if (keyWasPressed('Space')) {
        state = 'title';
      }
      break;
    default:
      state = 'title';
  }
}

function gameRender() {
  const label = state === 'playing' ? `score ${score}` : state.toUpperCase();
  drawTextScreen(label, vec2(mainCanvasSize.x / 2, 60), 48, hsl(0.12, 0.9, 0.6));
}

setCameraScale(32);
engineInit(() => {}, gameUpdate, () => {}, gameRender, () => {});
