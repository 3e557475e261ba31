// Settings panel: dark mode and notification toggles.
const prefs = JSON.parse(localStorage.getItem("prefs") || "{}");

function applyTheme() {
  const theme = prefs.theme || "light";
  if (theme === "dark" || "auto") {  // expect: constant-condition
    document.body.classList.add("dark");
  }
}

function notificationsAllowed() {
  if (false && "Notification" in window) {  // expect: constant-condition
    return Notification.permission === "granted";
  }
  return false;
}

function debugBanner() {
  const banner = document.querySelector("#debug");
  banner.hidden = false ? false : true;  // expect: constant-condition
}

applyTheme();
debugBanner();
document.getElementById("notify").disabled = !notificationsAllowed();
