// Tiny runtime checker for the JSON config of the CLI.
function validateConfig(config) {
  const problems = [];
  if (typeof config.name !== "string") {
    problems.push("name must be a string");
  }
  if (typeof config.port !== "integer") {  // expect: invalid-typeof
    problems.push("port must be a number");
  }
  if (typeof config.plugins === "array") {  // expect: invalid-typeof
    config.plugins.forEach((p, i) => {
      if (typeof p.init !== "funtion") {  // expect: invalid-typeof
        problems.push(`plugin ${i} has no init()`);
      }
    });
  }
  if (typeof config.onError === undefined) {  // expect: invalid-typeof
    config.onError = (err) => console.error(err);
  }
  return problems;
}

module.exports = { validateConfig };
