/* global chrome */
// Browser extension content script: dim links to blocked domains.
const TRACKERS = new Set(["doubleclick.net", "facebook.com", "googletagmanager.com"]);

function hostOf(href) {
  try {
    return new URL(href, location.href).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

chrome.storage.sync.get({ blocked: [], enabledOn: [] }, ({ blocked, enabledOn }) => {
  if (!enabledOn.includes(location.hostname)) {
    return;
  }
  const blockedSet = new Set(blocked);
  for (const link of Array.from(document.links)) {
    if (blockedSet.has(hostOf(link.href)) || link.href.includes("utm_")) {
      link.style.opacity = "0.3";
    }
  }
  const scripts = Array.from(document.scripts).filter((s) => TRACKERS.has(hostOf(s.src)));
  chrome.runtime.sendMessage({ type: "trackers", count: scripts.length });
});
