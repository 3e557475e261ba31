// Browser: after login, go back to the page the user came from, on this site only.
const params = new URLSearchParams(window.location.search);
const requested = params.get('next') || '/';
const destination = new URL(requested, window.location.origin);

if (destination.origin === window.location.origin) {
  window.location.assign(destination.pathname + destination.search);
} else {
  window.location.assign('/');
}
