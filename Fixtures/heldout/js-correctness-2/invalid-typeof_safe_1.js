function validateConfig(config) {
  const problems = [];
  if (typeof config.name !== "string") {
    problems.push("name must be a string");
  }
  if (!Number.isInteger(config.port)) {
    problems.push("port must be an integer");
  }
  if (Array.isArray(config.plugins)) {
    config.plugins.forEach((p, i) => {
      if (typeof p.init !== "function") {
        problems.push(`plugin ${i} has no init()`);
      }
    });
  }
  if (typeof config.onError === "undefined") {
    config.onError = (err) => console.error(err);
  }
  if (typeof config.id === "symbol" || typeof config.size === "bigint" || typeof config.meta !== "object") {
    problems.push("unsupported field types");
  }
  return problems;
}

module.exports = { validateConfig };
