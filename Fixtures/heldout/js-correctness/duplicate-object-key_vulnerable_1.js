// config.js - webpack-like build settings for the course project
module.exports = {
  mode: "development",
  entry: "./src/index.js",
  output: {
    path: "/dist",
    filename: "bundle.js",
    publicPath: "/",
    filename: "[name].[contenthash].js", // expect: duplicate-object-key
  },
  devServer: {
    port: 8080,
    open: true,
    hot: true,
  },
  resolve: {
    extensions: [".js", ".jsx"],
  },
  mode: "production", // expect: duplicate-object-key
};
