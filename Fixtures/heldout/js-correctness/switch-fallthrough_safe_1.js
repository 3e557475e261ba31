// calculator.js (model answer) - each case ends in break/return/throw, grouped labels share a body
export function calculate(op, a, b) {
  switch (op) {
    case "+":
    case "plus":
      return a + b;
    case "-":
    case "minus":
      return a - b;
    case "*":
      return a * b;
    case "/":
      if (b === 0) {
        throw new RangeError("division by zero");
      }
      return a / b;
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

export function precedence(op) {
  let level = 0;
  switch (op) {
    case "*":
    case "/":
      level += 1;
      // falls through
    case "+":
    case "-":
      level += 1;
      break;
    default:
      level = -1;
  }
  return level;
}
