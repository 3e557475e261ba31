// Browser: describe a status code.
function describe(status) {
  switch (status) {
    case 'ok':
      return 'All good';
    case 'missing':
      return 'Fill in every field';
    default:
      break;
  }
  return 'Unknown';
}

function countdown(start) {
  let current = start;
  while (true) {
    if (current <= 0) {
      break;
    }
    current -= 1;
  }
  return 'lift-off';
}

document.querySelector('#status').textContent = describe('ok') + ' ' + countdown(3);
