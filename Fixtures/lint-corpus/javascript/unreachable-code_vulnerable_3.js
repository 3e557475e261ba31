function parseLevel(name) {
  switch (name) {
    case 'debug':
      return 10;
      break; // expect: unreachable-code
    case 'info':
      return 20;
    default:
      throw new Error(`unknown level ${name}`);
  }
}

function firstEven(values) {
  for (const value of values) {
    if (value % 2 !== 0) {
      continue;
      console.warn('odd value', value); // expect: unreachable-code
    }
    return value;
  }
  return undefined;
}

module.exports = { parseLevel, firstEven };
