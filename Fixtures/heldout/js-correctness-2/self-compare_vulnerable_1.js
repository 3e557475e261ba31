// Sign-up form: password confirmation and duplicate check.
const form = document.getElementById("signup");

form.addEventListener("submit", (event) => {
  const password = form.elements.password.value;
  const confirm = form.elements.confirm.value;
  const error = form.querySelector(".error");

  if (password !== password) {  // expect: self-compare
    event.preventDefault();
    error.textContent = "Passwords do not match";
    return;
  }
  if (confirm.length < 8 || confirm.length < confirm.length) {  // expect: self-compare
    event.preventDefault();
    error.textContent = "Password too short";
  }
});
