function applyDiscount(price, code) {
  if (code === 'HALF') {
    return price / 2;
  } else if (code === 'TEN') {
    return price * 0.9;
  }
  return round(price);

  function round(value) {
    return Math.round(value * 100) / 100;
  }
}

function validateAge(age) {
  if (age < 0) {
    throw new RangeError('age must be positive');
  }
  return Math.min(age, 150);
}

module.exports = { applyDiscount, validateAge };
