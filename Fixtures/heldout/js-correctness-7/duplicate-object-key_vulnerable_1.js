// webpack.config.js for the admin bundle.
const path = require('node:path');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const production = process.env.NODE_ENV === 'production';

module.exports = {
  mode: production ? 'production' : 'development',
  entry: { admin: './src/admin/index.js' },
  output: {
    path: path.resolve(__dirname, 'public/build'),
    filename: production ? '[name].[contenthash].js' : '[name].js',
    publicPath: '/build/',
    clean: true,
  },
  module: {
    rules: [
      { test: /\.js$/, exclude: /node_modules/, use: 'babel-loader' },
      { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
    ],
  },
  resolve: { extensions: ['.js', '.json'], alias: { '@': path.resolve(__dirname, 'src') }, extensions: ['.js', '.jsx', '.json'] }, // expect: duplicate-object-key
  plugins: [new MiniCssExtractPlugin()],
  devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
  performance: { hints: production ? 'warning' : false },
  devtool: 'source-map', // expect: duplicate-object-key
};
