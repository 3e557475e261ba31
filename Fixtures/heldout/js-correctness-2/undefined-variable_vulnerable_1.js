// Pomodoro timer for the study-planner page.
const WORK_MINUTES = 25;
const BREAK_MINUTES = 5;

let remaining = WORK_MINUTES * 60;
let onBreak = false;
let timerId = null;

function format(seconds) {
  const m = String(Math.floor(seconds / 60)).padStart(2, "0");
  const s = String(seconds % 60).padStart(2, "0");
  return `${m}:${s}`;
}

function tick() {
  remaining -= 1;
  if (remaining <= 0) {
    onBreak = !onBreak;
    remaining = (onBreak ? BREAK_MINUTES : WORK_MINUTES) * 60;
    playChime();  // expect: undefined-variable
    sessionsDone += 1;  // expect: undefined-variable
  }
  document.getElementById("clock").textContent = format(remainig);  // expect: undefined-variable
}

document.getElementById("start").addEventListener("click", () => {
  if (timerId === null) {
    timerId = setInterval(tick, 1000);
  }
});
