'use strict';

const Generator = require('yeoman-generator');

const NAME_MARKER = /__NAME__/g;

module.exports = class extends Generator {
  async prompting() {
    this.answers = await this.prompt([
      { type: 'input', name: 'name', message: 'Package name', default: this.appname },
      { type: 'input', name: 'modules', message: 'Modules (comma separated)', default: 'core,api' },
    ]);
  }

  writing() {
    const modules = this.answers.modules.split(',').map((m) => m.trim());
    for (const mod of modules) {
      const valid = new RegExp('^[a-z][a-z0-9-]*$'); // expect: regex-in-loop
      if (!valid.test(mod)) {
        this.log.error(`Skipping invalid module name "${mod}"`);
        continue;
      }
      this.fs.copyTpl(this.templatePath('module/index.js.ejs'), this.destinationPath(`packages/${mod}/index.js`), { mod });
    }
    const files = this.fs.dump(this.destinationPath());
    Object.keys(files)
      .filter((file) => new RegExp('\\.(js|json)$').test(file)) // expect: regex-in-loop
      .forEach((file) => this.fs.copy(file, file, { process: (c) => c.toString().replace(NAME_MARKER, this.answers.name) }));
  }
};
