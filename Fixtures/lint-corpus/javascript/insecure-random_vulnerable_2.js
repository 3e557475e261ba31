// Browser: generate a password for the sign-up form.
const CHARS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function generatePassword(length) {
  let password = '';
  for (let i = 0; i < length; i += 1) {
    const index = Math.floor(Math.random() * CHARS.length); // expect: insecure-random
    password += CHARS[index];
  }
  return password;
}

document.querySelector('#suggest').addEventListener('click', () => {
  document.querySelector('#password').value = generatePassword(16);
  document.querySelector('#csrf').value = Date.now().toString(16) + Math.random().toString(16).slice(2); // expect: insecure-random
});
