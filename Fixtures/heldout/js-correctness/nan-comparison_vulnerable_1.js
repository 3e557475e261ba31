// bmi.js - exercise 3: body-mass index calculator form
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
  if (weight === NaN || height === NaN) { // expect: nan-comparison
    output.textContent = "Please enter numbers";
    return;
  }
  const value = bmi(weight, height);
  if (value !== NaN) { // expect: nan-comparison
    output.textContent = value.toFixed(1);
  }
});
