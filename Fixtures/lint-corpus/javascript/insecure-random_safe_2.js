// Browser: confetti for the sign-up page, and a password suggestion.
const CHARS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function generatePassword(length) {
  const values = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(values, (value) => CHARS[value % CHARS.length]).join('');
}

function confetti(canvas) {
  const context = canvas.getContext('2d');
  for (let i = 0; i < 100; i += 1) {
    context.fillStyle = `hsl(${Math.floor(Math.random() * 360)}, 80%, 60%)`;
    context.fillRect(Math.random() * canvas.width, Math.random() * canvas.height, 4, 4);
  }
}

document.querySelector('#suggest').addEventListener('click', () => {
  document.querySelector('#password').value = generatePassword(16);
  confetti(document.querySelector('#party'));
});
