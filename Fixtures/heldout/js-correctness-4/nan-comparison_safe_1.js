// Loan calculator widget (vanilla JS on a static page).
const form = document.querySelector("#loan-form");
const output = document.querySelector("#loan-output");

function monthlyPayment(principal, yearlyRate, years) {
  if (years <= 0) return NaN;
  const r = yearlyRate / 12 / 100;
  const n = years * 12;
  return r === 0 ? principal / n : (principal * r) / (1 - Math.pow(1 + r, -n));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const principal = parseFloat(data.get("principal"));
  const rate = parseFloat(data.get("rate"));
  const years = parseInt(data.get("years"), 10);
  if (Number.isNaN(principal) || isNaN(years)) {
    output.textContent = "Please enter the amount and the term.";
    return;
  }
  const payment = monthlyPayment(principal, rate, years);
  output.textContent = Number.isFinite(payment) ? `€${payment.toFixed(2)} per month` : "Check the rate.";
});
