const prefs = JSON.parse(localStorage.getItem("prefs") || "{}");
const DEBUG = new URLSearchParams(location.search).has("debug");

function applyTheme() {
  const theme = prefs.theme || "light";
  if (theme === "dark" || theme === "auto") {
    document.body.classList.add("dark");
  }
}

function notificationsAllowed() {
  if ("Notification" in window) {
    return Notification.permission === "granted";
  }
  return false;
}

function fadeIn(el, steps = 20) {
  for (let i = 1; i <= steps; i++) {
    setTimeout(() => {
      el.style.opacity = String(i / steps);
    }, i * 16);
  }
}

applyTheme();
document.querySelector("#debug").hidden = !DEBUG;
document.getElementById("notify").disabled = !notificationsAllowed();
fadeIn(document.querySelector(".banner"));
