// auth-callback.ts: runs on /callback after the identity provider sends the user back.
interface PendingLogin {
  next: string;
  startedAt: number;
}

function readPending(): PendingLogin {
  const params = new URLSearchParams(window.location.search);
  return {
    next: params.get('next') ?? '/',
    startedAt: Number(params.get('t') ?? Date.now()),
  };
}

async function finishLogin(): Promise<void> {
  const pending = readPending();
  const resp = await fetch('/api/session', { method: 'POST', credentials: 'include' });
  if (!resp.ok) {
    window.location.assign('/login?failed=1');
    return;
  }
  window.location.href = pending.next; // expect: open-redirect
}

function goBack(): void {
  const ref = new URLSearchParams(window.location.hash.slice(1)).get('back');
  if (ref) {
    window.location.replace(ref); // expect: open-redirect
  }
}

document.getElementById('back')?.addEventListener('click', goBack);
finishLogin();
