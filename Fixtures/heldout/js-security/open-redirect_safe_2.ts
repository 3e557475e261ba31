// auth-callback.ts: runs on /callback after the identity provider sends the user back.
function sameOriginPath(raw: string | null): string {
  if (!raw) {
    return '/';
  }
  const url = new URL(raw, window.location.origin);
  return url.origin === window.location.origin ? url.pathname + url.search : '/';
}

async function finishLogin(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const next = sameOriginPath(params.get('next'));
  const resp = await fetch('/api/session', { method: 'POST', credentials: 'include' });
  if (!resp.ok) {
    window.location.assign('/login?failed=1');
    return;
  }
  window.location.href = next;
}

function goBack(): void {
  const step = Number.parseInt(new URLSearchParams(window.location.hash.slice(1)).get('step') ?? '1', 10);
  window.location.replace(`/wizard/step/${Number.isFinite(step) ? step : 1}`);
}

document.getElementById('back')?.addEventListener('click', goBack);
finishLogin();
