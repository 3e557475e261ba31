// login.js (fixed) - comparisons in conditions, assignments on their own lines
const form = document.querySelector("#login");
const message = document.querySelector("#message");

function validate(username, password) {
  if (username === "") {
    return "username required";
  }
  if (password.length < 8) {
    return "password too short";
  }
  return null;
}

form.addEventListener("submit", (event) => {
  const user = form.elements.username.value;
  const pass = form.elements.password.value;
  const error = validate(user, pass);
  if (error) {
    event.preventDefault();
    message.textContent = error;
  }
  if (form.elements.remember.checked) {
    localStorage.setItem("lastUser", user);
  }
});
