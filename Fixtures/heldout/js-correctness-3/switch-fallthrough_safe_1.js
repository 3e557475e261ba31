const [a, op, b] = process.argv.slice(2);
const x = Number(a);
const y = Number(b);

function calculate() {
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "x":
    case "*":
      return x * y;
    case "/": {
      if (y === 0) {
        throw new RangeError("division by zero");
      }
      return x / y;
    }
    case "**":
      console.warn("large exponents lose precision");
      // falls through
    case "^":
      return x ** y;
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

console.log(calculate());
