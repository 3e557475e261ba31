// Browser extension background script: pairs the extension with the phone app.
const PAIRING_TTL_MS = 5 * 60 * 1000;

function pairingCode() {
  const digits = new Uint32Array(8);
  crypto.getRandomValues(digits);
  return Array.from(digits, (d) => d % 10).join('');
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message.type !== 'start-pairing') return false;
  const code = pairingCode();
  chrome.storage.session.set({ pairing: { code, expires: Date.now() + PAIRING_TTL_MS } }).then(() => {
    fetch('https://sync.example.app/pairings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, device: message.deviceName }),
    }).then(() => sendResponse({ code }));
  });
  return true;
});
