const form = document.querySelector("#tip-form");
const output = document.querySelector("#tip-result");

form.addEventListener("input", () => {
  const bill = parseFloat(form.elements.bill.value);
  const percent = parseFloat(form.elements.percent.value);
  const people = parseInt(form.elements.people.value, 10);

  if (Number.isNaN(bill) || isNaN(percent)) {
    output.textContent = "Enter the bill and the tip percentage.";
    return;
  }
  const perPerson = (bill * (1 + percent / 100)) / people;
  output.textContent = Number.isFinite(perPerson)
    ? `Each person pays ${perPerson.toFixed(2)}`
    : "How many people are sharing?";
});
