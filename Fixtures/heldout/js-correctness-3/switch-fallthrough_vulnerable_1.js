// Tiny calculator CLI: node calc.js 3 + 4
const [a, op, b] = process.argv.slice(2);
const x = Number(a);
const y = Number(b);
let result;

switch (op) {
  case "+":
    result = x + y;
    break;
  case "-":
    result = x - y;
  case "x": // expect: switch-fallthrough
  case "*":
    result = x * y;
    break;
  case "/":
    if (y === 0) {
      console.error("division by zero");
      process.exit(1);
    }
    result = x / y;
  case "%": // expect: switch-fallthrough
    result = x % y;
    break;
  default:
    console.error(`unknown operator ${op}`);
    process.exit(2);
}

console.log(result);
