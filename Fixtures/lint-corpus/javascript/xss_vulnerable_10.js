// Browser extension content script: renders what another extension or page sent it.
chrome.runtime.onMessage.addListener((request, sender, sendResponse) => {
  const banner = document.getElementById('banner');
  banner.innerHTML = '<strong>' + request.title + '</strong>'; // expect: xss
  sendResponse({ shown: true });
});
