// Webpack plugin that writes a build-info.json next to the bundle.
const { createHash } = require("node:crypto");
const { execSync } = require("node:child_process");
const { Compilation, sources } = require("webpack");

class BuildInfoPlugin {
  constructor(options = {}) {
    this.filename = options.filename || "build-info.json";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BuildInfoPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "BuildInfoPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const hash = createHash("sha256").update(compilation.fullHash || "").digest("hex").slice(0, 12);
        const info = { hash, builtAt: new Date().toISOString(), commit: gitCommit() };
        compilation.emitAsset(this.filename, new sources.RawSource(JSON.stringify(info, null, 2)));
      });
    });
  }
}

function gitCommit() {
  return typeof process.env.GIT_COMMIT === "string" ? process.env.GIT_COMMIT : execSync("git rev-parse --short HEAD").toString().trim();
}

module.exports = BuildInfoPlugin;
