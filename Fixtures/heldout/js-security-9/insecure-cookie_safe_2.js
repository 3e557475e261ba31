// Login page script for the kiosk front end. The server sets the session cookie itself
// (HttpOnly); the page only remembers the chosen language.
const form = document.querySelector('#login');
const errorBox = document.querySelector('#error');
const language = document.querySelector('#language');

language.addEventListener('change', () => {
  document.cookie = 'kiosk_lang=' + encodeURIComponent(language.value) + '; path=/; max-age=31536000; Secure; SameSite=Lax';
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = new FormData(form);
  const response = await fetch('/api/kiosk/login', {
    method: 'POST',
    credentials: 'same-origin',
    body: JSON.stringify({ badge: body.get('badge'), pin: body.get('pin') }),
    headers: { 'Content-Type': 'application/json' },
  });
  if (!response.ok) {
    errorBox.textContent = 'Badge or PIN not recognised';
    return;
  }
  window.location.assign('/kiosk/home');
});
