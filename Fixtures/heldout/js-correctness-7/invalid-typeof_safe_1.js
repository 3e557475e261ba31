// gulpfile.js: an image task whose options are checked with valid type tests.
const { src, dest, series } = require('gulp');
const imagemin = require('gulp-imagemin');
const pkg = require('./package.json');

function checkOptions(options) {
  const errors = [];
  if (!Array.isArray(options.sizes)) {
    errors.push('images.sizes must be a list');
  }
  if (typeof options.quality !== 'number' || !Number.isInteger(options.quality)) {
    errors.push('images.quality must be an integer percentage');
  }
  Object.keys(options).forEach((key) => {
    if (typeof options[key] === 'undefined' || options[key] === null) {
      errors.push(`images.${key} is declared without a value`);
    }
  });
  return errors;
}

function validate(done) {
  const errors = checkOptions(pkg.images || {});
  done(errors.length > 0 ? new Error(errors.join('\n')) : undefined);
}

function images() {
  return src('assets/img/**/*.{png,jpg}')
    .pipe(imagemin({ verbose: Boolean(pkg.images && pkg.images.verbose) }))
    .pipe(dest('public/img'));
}

exports.images = series(validate, images);
