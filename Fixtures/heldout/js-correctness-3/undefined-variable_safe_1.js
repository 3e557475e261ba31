// Dark-mode toggle that remembers the choice.
const STORAGE_KEY = "theme";

applyTheme(localStorage.getItem(STORAGE_KEY) || preferredTheme());

function preferredTheme() {
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  const toggle = document.querySelector("#theme-toggle");
  if (toggle) {
    toggle.setAttribute("aria-pressed", String(theme === "dark"));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector("#theme-toggle");
  toggle.addEventListener("click", () => {
    const next = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
    localStorage.setItem(STORAGE_KEY, next);
    applyTheme(next);
  });
  if (typeof BroadcastChannel !== "undefined") {
    const channel = new BroadcastChannel("theme");
    channel.onmessage = (event) => applyTheme(event.data);
  }
});
