// form-errors.js (fixed) - the form and summary are looked up once; each row finds its own cells
const rules = {
  email: (v) => /^[^@\s]+@[^@\s]+$/.test(v) || "invalid e-mail",
  age: (v) => Number(v) >= 16 || "you must be 16 or older",
};

const form = document.getElementById("signup");
const summary = document.querySelector(".error-summary");

function showErrors() {
  let errors = 0;
  for (const [field, rule] of Object.entries(rules)) {
    const result = rule(form.elements[field].value);
    if (result !== true) {
      errors++;
    }
  }
  summary.textContent = errors ? `${errors} problem(s)` : "";
  return errors === 0;
}

function markRows(table) {
  for (const row of table.rows) {
    const cell = row.querySelector(".status");
    cell.textContent = row.dataset.ok === "1" ? "✓" : "✗";
  }
}

form.addEventListener("submit", (event) => {
  if (!showErrors()) {
    event.preventDefault();
  }
  markRows(form.querySelector("table"));
});
