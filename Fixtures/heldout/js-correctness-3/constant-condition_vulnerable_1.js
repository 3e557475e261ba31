// Cookie banner: show once, remember the choice for a year.
const banner = document.getElementById("cookie-banner");
const DEBUG = location.hostname === "localhost";

function consent() {
  const match = document.cookie.match(/(?:^|; )consent=([^;]*)/);
  return match ? match[1] : null;
}

function remember(value) {
  const maxAge = 60 * 60 * 24 * 365;
  document.cookie = `consent=${value}; max-age=${maxAge}; path=/; SameSite=Lax`;
  banner.hidden = true;
}

if (consent() === "all" || "analytics") { // expect: constant-condition
  loadAnalytics();
}

if (!consent() || DEBUG) {
  banner.hidden = false;
}

banner.querySelector(".accept").addEventListener("click", () => remember("all"));
banner.querySelector(".reject").addEventListener("click", () => remember("none"));

function loadAnalytics() {
  const s = document.createElement("script");
  s.src = "/js/analytics.js";
  s.async = true ? "async" : ""; // expect: constant-condition
  document.head.appendChild(s);
}
