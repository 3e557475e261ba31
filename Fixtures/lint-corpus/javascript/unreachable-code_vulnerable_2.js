// Browser: find the first empty field of a form.
function firstEmpty(fields) {
  for (const field of fields) {
    if (field.value === '') {
      break;
      field.focus(); // expect: unreachable-code
    }
  }
  return fields.find((field) => field.value === '') || null;
}

function describe(status) {
  switch (status) {
    case 'ok':
      return 'All good';
      break; // expect: unreachable-code
    default:
      return 'Unknown';
  }
}

document.querySelector('#status').textContent = describe(firstEmpty(document.querySelectorAll('input')) ? 'missing' : 'ok');
