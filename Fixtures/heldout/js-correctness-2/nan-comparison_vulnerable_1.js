// Tip calculator form.
const form = document.querySelector("#tip-form");
const output = document.querySelector("#tip-result");

form.addEventListener("input", () => {
  const bill = parseFloat(form.elements.bill.value);
  const percent = parseFloat(form.elements.percent.value);
  const people = parseInt(form.elements.people.value, 10);

  if (bill === NaN || percent === NaN) {  // expect: nan-comparison
    output.textContent = "Enter the bill and the tip percentage.";
    return;
  }
  const perPerson = (bill * (1 + percent / 100)) / people;
  if (perPerson !== NaN && people > 0) {  // expect: nan-comparison
    output.textContent = `Each person pays ${perPerson.toFixed(2)}`;
  } else {
    output.textContent = "How many people are sharing?";
  }
});
