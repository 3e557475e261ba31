// Node: comparing two orders; the second name was mistyped as the first.
function sameCustomer(order, other) {
  return order.customerId === order.customerId; // expect: self-compare
}

function changed(before, after) {
  if (before.total !== before.total) { // expect: self-compare
    return true;
  }
  return before.items.length !== after.items.length;
}

function confirmPassword(form) {
  const password = form.password.value;
  const confirmation = form.confirmation.value;
  if (password !== password) { // expect: self-compare
    return 'the passwords differ';
  }
  return confirmation.length > 0 ? '' : 'repeat the password';
}

module.exports = { sameCustomer, changed, confirmPassword };
