// calculator.js - exercise 6: a four-function calculator
export function calculate(op, a, b) {
  let result;
  switch (op) {
    case "+":
      result = a + b;
      break;
    case "-":
      result = a - b;
    case "*": // expect: switch-fallthrough
      result = a * b;
      break;
    case "/":
      if (b === 0) {
        throw new RangeError("division by zero");
      }
      result = a / b;
    default: // expect: switch-fallthrough
      throw new Error(`unknown operator ${op}`);
  }
  return result;
}

export function describe(op) {
  return `${op} gives ${calculate(op, 6, 3)}`;
}
