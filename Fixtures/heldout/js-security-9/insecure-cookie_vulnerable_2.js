// Login page script for the kiosk front end.
const form = document.querySelector('#login');
const errorBox = document.querySelector('#error');

function storeSession(token, days) {
  const expires = new Date(Date.now() + days * 864e5).toUTCString();
  document.cookie = 'kiosk_token=' + encodeURIComponent(token) + '; expires=' + expires + '; path=/'; // expect: insecure-cookie
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = new FormData(form);
  const response = await fetch('/api/kiosk/login', {
    method: 'POST',
    body: JSON.stringify({ badge: body.get('badge'), pin: body.get('pin') }),
    headers: { 'Content-Type': 'application/json' },
  });
  if (!response.ok) {
    errorBox.textContent = 'Badge or PIN not recognised';
    return;
  }
  const { token } = await response.json();
  storeSession(token, 1);
  window.location.assign('/kiosk/home');
});
