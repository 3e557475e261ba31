function applyDiscount(price, code) {
  if (code === 'HALF') {
    return price / 2;
    price -= 1; // expect: unreachable-code
  }
  return price;
}

function validateAge(age) {
  if (age < 0) {
    throw new RangeError('age must be positive');
    age = 0; // expect: unreachable-code
  }
  return age;
}

module.exports = { applyDiscount, validateAge };
