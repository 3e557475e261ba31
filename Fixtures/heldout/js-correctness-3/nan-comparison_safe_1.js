const form = document.querySelector("#bmi-form");
const output = document.querySelector("#bmi-result");

function parseNumber(input) {
  return parseFloat(input.value.replace(",", "."));
}

function category(bmi) {
  if (bmi < 18.5) return "underweight";
  if (bmi < 25) return "normal";
  if (bmi < 30) return "overweight";
  return "obese";
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const weight = parseNumber(form.elements.weight);
  const heightCm = parseNumber(form.elements.height);
  if (Number.isNaN(weight) || isNaN(heightCm) || heightCm <= 0) {
    output.textContent = "Please enter numbers.";
    return;
  }
  const bmi = weight / (heightCm / 100) ** 2;
  output.textContent = Number.isFinite(bmi) ? `BMI ${bmi.toFixed(1)} (${category(bmi)})` : "Check your input.";
});
