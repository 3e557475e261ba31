class Error { // expect: shadowed-builtin
  constructor(message) {
    this.message = message;
  }
}

function describe(JSON) { // expect: shadowed-builtin
  return JSON.title;
}

module.exports = { Error, describe };
