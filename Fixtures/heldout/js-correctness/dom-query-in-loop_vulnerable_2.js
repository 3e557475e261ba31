// form-errors.js - show validation errors next to each field of the sign-up form
const rules = {
  email: (v) => /^[^@\s]+@[^@\s]+$/.test(v) || "invalid e-mail",
  age: (v) => Number(v) >= 16 || "you must be 16 or older",
  name: (v) => v.trim().length > 0 || "name required",
};

function showErrors() {
  let errors = 0;
  for (const [field, rule] of Object.entries(rules)) {
    const form = document.getElementById("signup"); // expect: dom-query-in-loop
    const result = rule(form.elements[field].value);
    const summary = document.querySelector(".error-summary"); // expect: dom-query-in-loop
    if (result !== true) {
      errors++;
      summary.textContent = `${errors} problem(s)`;
    }
  }
  return errors === 0;
}

document.getElementById("signup").addEventListener("submit", (event) => {
  if (!showErrors()) {
    event.preventDefault();
  }
});
