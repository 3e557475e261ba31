// Webpack plugin that writes a build-info.json next to the bundle.
const { createHash } = require("node:crypto");

class BuildInfoPlugin {
  constructor(options = {}) {
    this.filename = options.filename || "build-info.json";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BuildInfoPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "BuildInfoPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {  // expect: undefined-variable
        const hash = createHash("sha256").update(compilation.fullHash || "").digest("hex").slice(0, 12);
        const info = { hash, builtAt: new Date().toISOString(), commit: gitCommit() };  // expect: undefined-variable
        compilation.emitAsset(this.filename, new sources.RawSource(JSON.stringify(info, null, 2)));  // expect: undefined-variable
      });
    });
  }
}

module.exports = BuildInfoPlugin;
