/* global chrome */
// Browser extension popup: list the open tabs of the current window.
function renderTab(tab) {
  const item = document.createElement("li");
  item.textContent = tab.title || tab.url;
  item.dataset.tabId = String(tab.id);
  return item;
}

chrome.tabs.query({ currentWindow: true }, (tabs) => {
  const list = document.getElementById("tab-list");
  const fragment = document.createDocumentFragment();
  for (const tab of tabs) {
    fragment.append(renderTab(tab));
  }
  list.append(fragment);
  document.querySelector("#audible-count").textContent = String(tabs.filter((t) => t.audible).length);

  for (const item of list.children) {
    const icon = item.querySelector("img.favicon");
    if (icon) icon.loading = "lazy";
  }
});
