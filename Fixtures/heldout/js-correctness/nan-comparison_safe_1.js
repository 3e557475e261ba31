// bmi.js (model answer) - NaN is detected with Number.isNaN / isNaN
const weightInput = document.getElementById("weight");
const heightInput = document.getElementById("height");
const output = document.getElementById("bmi");

function bmi(weightKg, heightCm) {
  const h = heightCm / 100;
  return weightKg / (h * h);
}

document.getElementById("calc").addEventListener("click", () => {
  const weight = parseFloat(weightInput.value);
  const height = parseFloat(heightInput.value);
  if (Number.isNaN(weight) || isNaN(height)) {
    output.textContent = "Please enter numbers";
    return;
  }
  const value = bmi(weight, height);
  if (Number.isFinite(value)) {
    output.textContent = value.toFixed(1);
  }
});
