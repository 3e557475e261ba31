// login-form.js -- the server sets the HttpOnly session; the page only keeps preferences
import Cookies from 'js-cookie';

const form = document.getElementById('login-form');
const errorBox = document.getElementById('login-error');

async function submitLogin(event) {
  event.preventDefault();
  const res = await fetch('/api/login', { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
  if (!res.ok) {
    errorBox.textContent = 'Wrong e-mail or password';
    return;
  }
  const { csrfToken } = await res.json();
  Cookies.set('csrf_token', csrfToken, { secure: true, sameSite: 'Strict' });
  window.location.assign('/app');
}

function rememberTheme(theme) {
  document.cookie = `theme=${encodeURIComponent(theme)}; path=/; max-age=31536000; Secure; SameSite=Lax`;
}

form.addEventListener('submit', submitLogin);
document.getElementById('theme-toggle').addEventListener('change', (e) => rememberTheme(e.target.value));
