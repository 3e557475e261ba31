// Browser: remember the theme the user picked.
function saveTheme(theme) {
  try {
    localStorage.setItem('theme', theme);
  } catch (e) {
    document.cookie = `theme=${encodeURIComponent(theme)}; path=/`;
    reportError(e);
  }
}

async function loadProfile() {
  try {
    const response = await fetch('/api/profile');
    return await response.json();
  } catch (error) {
    reportError(error);
    return null;
  }
}

document.querySelector('#dark').addEventListener('click', () => saveTheme('dark'));
loadProfile().then((profile) => {
  document.querySelector('#name').textContent = profile ? profile.name : 'guest';
});
