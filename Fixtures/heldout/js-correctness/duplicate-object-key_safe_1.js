// config.js (fixed) - overrides are applied by spreading, not by repeating a key
const base = {
  mode: "development",
  entry: "./src/index.js",
  output: {
    path: "/dist",
    filename: "bundle.js",
    publicPath: "/",
  },
};

const production = {
  ...base,
  mode: "production",
  output: { ...base.output, filename: "[name].[contenthash].js" },
};

module.exports = process.env.NODE_ENV === "production" ? production : {
  ...base,
  devServer: {
    port: 8080,
    open: true,
    hot: true,
  },
};
