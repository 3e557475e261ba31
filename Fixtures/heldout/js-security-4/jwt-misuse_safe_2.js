// Electron renderer (preload-exposed API): shows who is signed in; the main process verifies tokens.
import { jwtDecode } from 'jwt-decode';

function renderAccountChip(container, token) {
  const chip = document.createElement('span');
  chip.className = 'account-chip';
  if (!token) {
    chip.textContent = 'Not signed in';
  } else {
    const { name, email } = jwtDecode(token);
    chip.textContent = name || email || 'Signed in';
    chip.title = email || '';
  }
  container.replaceChildren(chip);
}

window.account.onTokenChanged((token) => {
  renderAccountChip(document.getElementById('account'), token);
});

window.account.currentToken().then((token) => {
  renderAccountChip(document.getElementById('account'), token);
});
