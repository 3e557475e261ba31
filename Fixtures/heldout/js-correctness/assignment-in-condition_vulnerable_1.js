// login.js - client-side checks for the login form
const form = document.querySelector("#login");
const message = document.querySelector("#message");

function validate(username, password) {
  if (username = "") { // expect: assignment-in-condition
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
  let error;
  if (error = validate(user, pass)) { // expect: assignment-in-condition
    event.preventDefault();
    message.textContent = error;
  }
  const remember = form.elements.remember;
  if (remember.checked = true) { // expect: assignment-in-condition
    localStorage.setItem("lastUser", user);
  }
});
