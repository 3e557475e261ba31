// Browser extension background script: pairs the extension with the phone app.
const PAIRING_TTL_MS = 5 * 60 * 1000;

function pairingCode() {
  let code = '';
  for (let i = 0; i < 8; i += 1) {
    code += Math.floor(Math.random() * 10); // expect: insecure-random
  }
  return code;
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
