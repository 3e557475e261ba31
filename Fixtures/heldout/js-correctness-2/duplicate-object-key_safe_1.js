const path = require("path");

const base = {
  entry: "./src/index.js",
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js" },
};

module.exports = {
  ...base,
  output: { ...base.output, filename: "[name].[contenthash].js", chunkFilename: "[id].js" },
  resolve: { alias: { Utils: path.resolve(__dirname, "src/utils"), utils: path.resolve(__dirname, "src/lib") } },
  get mode() {
    return process.env.NODE_ENV === "production" ? "production" : "development";
  },
  set mode(value) {
    process.env.NODE_ENV = value;
  },
};
