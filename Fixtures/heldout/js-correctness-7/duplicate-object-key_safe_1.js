// webpack.config.js for the admin bundle: shared defaults spread, then overridden once.
const path = require('node:path');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const shared = require('./webpack.shared');

const production = process.env.NODE_ENV === 'production';

module.exports = {
  ...shared,
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
      { test: /\.jsx?$/, exclude: /node_modules/, use: 'babel-loader' },
      { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
    ],
  },
  resolve: { extensions: ['.js', '.jsx', '.json'], alias: { '@': path.resolve(__dirname, 'src') } },
  plugins: [new MiniCssExtractPlugin()],
  devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
  performance: { hints: production ? 'warning' : false },
};
