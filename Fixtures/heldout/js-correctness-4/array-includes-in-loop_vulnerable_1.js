/* global chrome */
// Browser extension content script: dim links to blocked domains.
const TRACKERS = ["doubleclick.net", "facebook.com", "googletagmanager.com", "hotjar.com"];

function hostOf(href) {
  try {
    return new URL(href, location.href).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

chrome.storage.sync.get({ blocked: [] }, ({ blocked }) => {
  const links = Array.from(document.links);
  for (const link of links) {
    const host = hostOf(link.href);
    if (blocked.includes(host)) { // expect: array-includes-in-loop
      link.style.opacity = "0.3";
      link.title = "Blocked by LinkDimmer";
    }
  }

  const scripts = Array.from(document.scripts).filter(
    (s) => TRACKERS.indexOf(hostOf(s.src)) !== -1, // expect: array-includes-in-loop
  );
  chrome.runtime.sendMessage({ type: "trackers", count: scripts.length });

  let frame = window.frames.length;
  while (frame-- > 0) {
    const name = window.frames[frame].name;
    if (blocked.includes(name)) { // expect: array-includes-in-loop
      chrome.runtime.sendMessage({ type: "frame", name });
    }
  }
});
