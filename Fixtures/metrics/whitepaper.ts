// SonarSource's Cognitive Complexity whitepaper examples, translated to JavaScript, and
// hand-counted cases. Each `metrics NAME:` comment is checked by MetricsTests.

// metrics sumOfPrimes: cyclomatic=4 cognitive=7 nesting=3 parameters=1 returns=1
function sumOfPrimes(max: number): number {
  let total = 0;
  OUT: for (let i = 1; i <= max; ++i) {     // +1
    for (let j = 2; j < i; ++j) {           // +2 (nesting 1)
      if (i % j === 0) {                     // +3 (nesting 2)
        continue OUT;                        // +1
      }
    }
    total += i;
  }
  return total;
}

// metrics getWords: cyclomatic=4 cognitive=1 nesting=1 returns=4
function getWords(number) {
  switch (number) {                          // +1
    case 1: return "one";
    case 2: return "a couple";
    case 3: return "a few";
    default: return "lots";
  }
}

// Else-if chains are flat: +1 each, no nesting penalty; else +1.
// metrics grade: cyclomatic=4 cognitive=4 nesting=1 returns=4
function grade(score) {
  if (score > 90) {                          // +1
    return "A";
  } else if (score > 80) {                   // +1
    return "B";
  } else if (score > 70) {                   // +1
    return "C";
  } else {                                   // +1
    return "F";
  }
}

// Boolean sequences: one per change of operator. Cyclomatic counts each operator.
// metrics logic: cyclomatic=8 cognitive=5 nesting=1 parameters=6
function logic(a, b, c, d, e, f) {
  if (a && b && c || d || e && f) {          // if +1; && || && = +3
    return a ?? b;                           // ?? +1
  }
}

// A closure is folded into its parent and nests what it contains; ternary and catch nest.
// metrics withCallbacks: cyclomatic=5 cognitive=8 nesting=2
function withCallbacks(items) {
  try {
    items.forEach((item) => {                // closure: nesting 1
      if (item) {                            // +2
        console.log(item ? 1 : 2);           // +3 (nesting 2)
      }
    });
  } catch (error) {                          // +1
    while (error) { error = null; }          // +2 (nesting 1)
  }
}

// Recursion adds one.
// metrics fact: cyclomatic=2 cognitive=2 returns=1
function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);       // ternary +1, recursion +1
}

// Optional chaining is not a decision point, as in lizard.
// metrics chain: cyclomatic=1 cognitive=0
const chain = (o) => o?.a?.b;

// A default value counts as a decision, as lizard and ESLint count it.
// metrics Cart.add: cyclomatic=4 cognitive=3 nesting=2 parameters=2
class Cart {
  add(item: string, qty: number = 1): void {
    for (const x of this.items) {            // +1
      if (x === item) {                      // +2
        x.qty += qty;
      }
    }
  }
}
