// password-form.js (fixed) - sign-up form validation
const form = document.getElementById("signup");
const statusEl = document.getElementById("status");

function check() {
  const password = form.elements.password.value;
  const confirmation = form.elements.confirm.value;
  if (password.length < 10) {
    return "use at least 10 characters";
  }
  if (password !== confirmation) {
    return "passwords do not match";
  }
  return "";
}

let previous = "";
form.addEventListener("input", () => {
  const message = check();
  if (message !== previous) {
    statusEl.textContent = message;
    previous = message;
  }
  statusEl.hidden = message === "";
});
