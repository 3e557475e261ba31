// Browser: after signing in, go back to where the user came from.
function finishLogin() {
  const params = new URLSearchParams(window.location.search);
  const destination = params.get('redirect') || '/home';
  window.location.href = destination; // expect: open-redirect
}

function openPartnerPage() {
  const partner = window.location.hash.slice(1);
  window.location.assign(`https://${partner}/welcome`); // expect: open-redirect
}

document.querySelector('#login-form').addEventListener('submit', finishLogin);
document.querySelector('#partner').addEventListener('click', openPartnerPage);
