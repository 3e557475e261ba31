// Browser: validate the sign-up form.
function validate(form, previous) {
  const errors = [];
  if (form.email.value === '') {
    errors.push('Email is required');
  }
  if (form.password.value !== form.confirm.value) {
    errors.push('Passwords do not match');
  }
  if (previous != null && previous.email === form.email.value) {
    errors.push('Email already used');
  }
  return errors;
}

document.querySelector('#signup').addEventListener('submit', (event) => {
  const errors = validate(event.target, window.lastSignup);
  if (errors.length > 0) {
    event.preventDefault();
    document.querySelector('#errors').textContent = errors.join(', ');
  }
});
