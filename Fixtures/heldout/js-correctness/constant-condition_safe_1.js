// feature-flags.js (fixed) - conditions depend on data; `while (true)` with a break is allowed
const flags = { charts: true, beta: false };
const DEBUG = Boolean(globalThis.localStorage?.getItem("debug"));

export function widgets(user) {
  const list = ["profile"];
  if (flags.charts) {
    list.push("charts");
  }
  if (user.isAdmin && flags.beta) {
    list.push("admin-beta");
  }
  if (DEBUG) {
    list.push("debug-panel");
  }
  return list;
}

export function nextFreeSlot(slots) {
  let i = 0;
  while (true) {
    if (i >= slots.length || !slots[i]) {
      return i;
    }
    i++;
  }
}

export function greeting(user) {
  return user.name ? `Hello ${user.name}` : "Hello";
}
