/* global chrome */
// Browser extension popup: list the open tabs of the current window.
function renderTab(tab) {
  const item = document.createElement("li");
  item.textContent = tab.title || tab.url;
  item.dataset.tabId = String(tab.id);
  return item;
}

chrome.tabs.query({ currentWindow: true }, (tabs) => {
  for (const tab of tabs) {
    const list = document.getElementById("tab-list"); // expect: dom-query-in-loop
    list.append(renderTab(tab));
  }

  tabs.forEach((tab, index) => {
    if (tab.audible) {
      document.querySelector("#audible-count").textContent = String(index + 1); // expect: dom-query-in-loop
    }
  });
});

document.addEventListener("click", (event) => {
  const item = event.target.closest("li[data-tab-id]");
  if (item) {
    chrome.tabs.update(Number(item.dataset.tabId), { active: true });
  }
});
