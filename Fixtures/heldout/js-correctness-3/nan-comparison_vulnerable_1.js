// BMI calculator form.
const form = document.querySelector("#bmi-form");
const output = document.querySelector("#bmi-result");

function parseNumber(input) {
  return parseFloat(input.value.replace(",", "."));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const weight = parseNumber(form.elements.weight);
  const heightCm = parseNumber(form.elements.height);
  if (weight === NaN || heightCm === NaN) { // expect: nan-comparison
    output.textContent = "Please enter numbers.";
    return;
  }
  const bmi = weight / (heightCm / 100) ** 2;
  output.textContent = `Your BMI is ${bmi.toFixed(1)} (${category(bmi)})`;
});

function category(bmi) {
  if (bmi !== NaN && bmi < 18.5) return "underweight"; // expect: nan-comparison
  if (bmi < 25) return "normal";
  if (bmi < 30) return "overweight";
  return "obese";
}
