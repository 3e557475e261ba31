// Browser: validate the sign-up form.
function validate(form) {
  const errors = [];
  if (form.email.value == '') { // expect: loose-equality
    errors.push('Email is required');
  }
  if (form.password.value != form.confirm.value) { // expect: loose-equality
    errors.push('Passwords do not match');
  }
  if (form.age.value == 0) { // expect: loose-equality
    errors.push('Age is required');
  }
  return errors;
}

document.querySelector('#signup').addEventListener('submit', (event) => {
  const errors = validate(event.target);
  if (errors.length > 0) {
    event.preventDefault();
    document.querySelector('#errors').textContent = errors.join(', ');
  }
});
