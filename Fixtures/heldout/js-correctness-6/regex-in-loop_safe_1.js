'use strict';

const Generator = require('yeoman-generator');

const NAME_MARKER = /__NAME__/g;
const DASHES = /-/g;

const VALID_MODULE = /^[a-z][a-z0-9-]*$/;
const SOURCE_FILE = new RegExp('\\.(js|json)$');

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
      if (!VALID_MODULE.test(mod)) {
        this.log.error(`Skipping invalid module name "${mod}"`);
        continue;
      }
      const marker = new RegExp(`__${mod.toUpperCase().replace(DASHES, '_')}__`, 'g');
      this.fs.copyTpl(this.templatePath('module/index.js.ejs'), this.destinationPath(`packages/${mod}/index.js`), { mod, marker: marker.source });
    }
    const files = this.fs.dump(this.destinationPath());
    Object.keys(files)
      .filter((file) => SOURCE_FILE.test(file))
      .forEach((file) => this.fs.copy(file, file, { process: (c) => c.toString().replace(NAME_MARKER, this.answers.name) }));
  }
};
