// login-form.js -- SPA login that keeps the tokens in cookies for the API gateway
import Cookies from 'js-cookie';

const form = document.getElementById('login-form');
const errorBox = document.getElementById('login-error');

async function submitLogin(event) {
  event.preventDefault();
  const body = new FormData(form);
  const res = await fetch('/api/login', { method: 'POST', body });
  if (!res.ok) {
    errorBox.textContent = 'Wrong e-mail or password';
    return;
  }
  const { accessToken, refreshToken, expiresIn } = await res.json();
  const expires = new Date(Date.now() + expiresIn * 1000).toUTCString();
  document.cookie = `access_token=${accessToken}; expires=${expires}; path=/`; // expect: insecure-cookie
  Cookies.set('refresh_token', refreshToken, { expires: 30, sameSite: 'Lax' }); // expect: insecure-cookie
  window.location.assign('/app');
}

form.addEventListener('submit', submitLogin);
