const banner = document.getElementById("cookie-banner");

function consent() {
  const match = document.cookie.match(/(?:^|; )consent=([^;]*)/);
  return match ? match[1] : null;
}

const choice = consent();
if (choice === "all" || choice === "analytics") {
  const s = document.createElement("script");
  s.src = "/js/analytics.js";
  s.async = true;
  document.head.appendChild(s);
}

banner.hidden = Boolean(choice);

function* idGenerator(prefix) {
  let n = 0;
  while (true) {
    n += 1;
    yield `${prefix}-${n}`;
  }
}

const ids = idGenerator("banner");
banner.dataset.id = ids.next().value;
