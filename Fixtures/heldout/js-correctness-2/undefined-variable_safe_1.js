// Pomodoro timer, corrected.
const WORK_MINUTES = 25;
let remaining = WORK_MINUTES * 60;
let sessionsDone = 0;

function tick() {
  remaining -= 1;
  if (remaining <= 0) {
    remaining = WORK_MINUTES * 60;
    sessionsDone += 1;
    playChime();
  }
  document.getElementById("clock").textContent = format(remaining);
  document.title = `${format(remaining)} (${sessionsDone})`;
}

function format(seconds) {
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

function playChime() {
  if (typeof AudioContext !== "undefined") {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    osc.connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.3);
  }
}

window.addEventListener("load", () => setInterval(tick, 1000));
