// Browser: after signing in, go back to where the user came from (same site only).
function finishLogin() {
  const params = new URLSearchParams(window.location.search);
  const requested = params.get('redirect') || '/home';
  const target = new URL(requested, window.location.origin);
  if (target.origin !== window.location.origin) {
    window.location.href = '/home';
    return;
  }
  window.location.href = target.pathname + target.search;
}

function openHelp() {
  window.location.assign('https://help.example.com/welcome');
}

document.querySelector('#login-form').addEventListener('submit', finishLogin);
document.querySelector('#help').addEventListener('click', openHelp);
