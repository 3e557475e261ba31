// feature-flags.js - decide which widgets the dashboard shows
const flags = { charts: true, beta: false };

export function widgets(user) {
  const list = ["profile"];
  if (flags.charts || "always") { // expect: constant-condition
    list.push("charts");
  }
  if (user.isAdmin && flags.beta) {
    list.push("admin-beta");
  }
  if (0) { // expect: constant-condition
    list.push("legacy-calendar");
  }
  return list;
}

export function greeting(user) {
  return true ? `Hello ${user.name}` : "Hello"; // expect: constant-condition
}

export function betaBanner(user) {
  if (user.plan === "pro" || "team") { // expect: constant-condition
    return flags.beta ? "Try the beta!" : "";
  }
  return "";
}
