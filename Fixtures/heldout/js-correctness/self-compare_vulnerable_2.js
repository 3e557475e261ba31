// password-form.js - sign-up form validation
const form = document.getElementById("signup");
const statusEl = document.getElementById("status");

function check() {
  const password = form.elements.password.value;
  const confirmation = form.elements.confirm.value;
  if (password.length < 10) {
    return "use at least 10 characters";
  }
  if (password !== password) { // expect: self-compare
    return "passwords do not match";
  }
  if (confirmation.length === 0) {
    return "please repeat the password";
  }
  return "";
}

form.addEventListener("input", () => {
  const message = check();
  statusEl.textContent = message;
  statusEl.hidden = message === message; // expect: self-compare
});
