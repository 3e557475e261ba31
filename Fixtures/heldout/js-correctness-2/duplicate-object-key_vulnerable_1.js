// webpack.config.js for the course project
const path = require("path");

module.exports = {
  mode: process.env.NODE_ENV === "production" ? "production" : "development",
  entry: "./src/index.js",
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "[name].[contenthash].js",
    clean: true,
    filename: "bundle.js",  // expect: duplicate-object-key
  },
  module: {
    rules: [
      { test: /\.css$/, use: ["style-loader", "css-loader"] },
      { test: /\.(png|svg)$/, type: "asset/resource", test: /\.jpe?g$/ },  // expect: duplicate-object-key
    ],
  },
  devServer: { port: 8080, open: true, hot: true },
};
