/* Gruntfile task: validate translation bundles */
module.exports = function (grunt) {
  function checkValue(file, key, value) {
    if (Array.isArray(value)) {
      grunt.log.warn(`${file}: ${key} is a list, expected a string`);
      return false;
    }
    if (typeof value !== 'string' && typeof value !== 'object') {
      grunt.log.warn(`${file}: ${key} has type ${typeof value}`);
      return false;
    }
    return true;
  }

  grunt.registerMultiTask('i18ncheck', 'Validate translation bundles', function () {
    const options = this.options({ maxLength: 400, allowEmpty: false });
    if (typeof options.maxLength !== 'number' || !Number.isInteger(options.maxLength)) {
      grunt.fail.warn('maxLength must be an integer');
    }
    let failures = 0;
    this.filesSrc.forEach((file) => {
      const bundle = grunt.file.readJSON(file);
      Object.keys(bundle).forEach((key) => {
        const value = bundle[key];
        if (!checkValue(file, key, value)) failures += 1;
        else if (value === null || (!options.allowEmpty && value === '')) failures += 1;
      });
    });
    if (failures > 0) grunt.fail.warn(`${failures} invalid translation(s)`);
  });
};
