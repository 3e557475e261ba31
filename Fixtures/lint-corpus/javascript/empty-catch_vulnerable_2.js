// Browser: remember the theme the user picked.
function saveTheme(theme) {
  try {
    localStorage.setItem('theme', theme);
  } catch {} // expect: empty-catch
}

async function loadProfile() {
  try {
    const response = await fetch('/api/profile');
    return await response.json();
  } catch {} // expect: empty-catch
  return null;
}

document.querySelector('#dark').addEventListener('click', () => saveTheme('dark'));
loadProfile().then((profile) => {
  document.querySelector('#name').textContent = profile ? profile.name : 'guest';
});
