const form = document.getElementById("signup");

form.addEventListener("submit", (event) => {
  const password = form.elements.password.value;
  const confirm = form.elements.confirm.value;
  const error = form.querySelector(".error");

  if (password !== confirm) {
    event.preventDefault();
    error.textContent = "Passwords do not match";
    return;
  }
  if (password.length < 8 || password.length > 128) {
    event.preventDefault();
    error.textContent = "Password must be 8-128 characters";
  }
});
