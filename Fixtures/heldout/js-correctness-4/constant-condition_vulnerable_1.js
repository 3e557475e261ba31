// Svelte store for the colour theme (svelte/store), persisted in localStorage.
import { derived, writable } from "svelte/store";

const KEY = "theme";
const media = window.matchMedia("(prefers-color-scheme: dark)");

export const preference = writable(localStorage.getItem(KEY) || "system");

preference.subscribe((value) => localStorage.setItem(KEY, value));

const systemDark = writable(media.matches);
media.addEventListener("change", (event) => systemDark.set(event.matches));

export const theme = derived([preference, systemDark], ([$preference, $systemDark]) => {
  if ($preference === "dark" || "system") { // expect: constant-condition
    return $systemDark ? "dark" : "light";
  }
  return $preference;
});

export function applyTheme(root, value, animate) {
  root.dataset.theme = value;
  root.style.transition = animate || true ? "background-color 200ms" : "none"; // expect: constant-condition
}
