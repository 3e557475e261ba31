// Gulp task: rewrite asset URLs in built HTML files to their hashed names.
const { src, dest } = require("gulp");
const through = require("through2");

function rewriteAssets(manifest) {
  return through.obj((file, _encoding, done) => {
    let html = file.contents.toString();
    for (const [original, hashed] of Object.entries(manifest)) {
      const versionSuffix = new RegExp("\\?v=\\d+", "g");  // expect: regex-in-loop
      html = html.split(original).join(hashed).replace(versionSuffix, "");
    }
    file.contents = Buffer.from(html);
    done(null, file);
  });
}

function stripComments(lines) {
  return lines.filter((line) => !new RegExp("^\\s*<!--.*-->\\s*$").test(line));  // expect: regex-in-loop
}

function html() {
  return src("dist/**/*.html").pipe(rewriteAssets(require("./dist/manifest.json"))).pipe(dest("dist"));
}

module.exports = { html, stripComments };
