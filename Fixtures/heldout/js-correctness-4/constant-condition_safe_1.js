// Svelte store for the colour theme (svelte/store), persisted in localStorage.
import { derived, writable } from "svelte/store";

const KEY = "theme";
const media = window.matchMedia("(prefers-color-scheme: dark)");

export const preference = writable(localStorage.getItem(KEY) || "system");

preference.subscribe((value) => localStorage.setItem(KEY, value));

const systemDark = writable(media.matches);
media.addEventListener("change", (event) => systemDark.set(event.matches));

export const theme = derived([preference, systemDark], ([$preference, $systemDark]) => {
  if ($preference === "system") {
    return $systemDark ? "dark" : "light";
  }
  return $preference;
});

export function* themeCycle(start) {
  const order = ["light", "dark", "system"];
  let index = Math.max(order.indexOf(start), 0);
  while (true) {
    yield order[index];
    index = (index + 1) % order.length;
  }
}
