function parseLevel(name) {
  switch (name) {
    case 'debug':
      return 10;
    case 'info':
      return 20;
    default:
      break;
  }
  return normalise(name);

  function normalise(value) {
    return value === 'warn' ? 30 : 40;
  }
}

function firstEven(values) {
  for (const value of values) {
    if (value % 2 !== 0) {
      continue;
    }
    return value;
  }
  return undefined;
}

module.exports = { parseLevel, firstEven };
