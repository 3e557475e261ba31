// Gulp task: rewrite asset URLs in built HTML files to their hashed names.
const { src, dest } = require("gulp");
const through = require("through2");

const VERSION_SUFFIX = /\?v=\d+/g;
const COMMENT_LINE = new RegExp("^\\s*<!--.*-->\\s*$");

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function rewriteAssets(manifest) {
  return through.obj((file, _encoding, done) => {
    let html = file.contents.toString().replace(VERSION_SUFFIX, "");
    for (const [original, hashed] of Object.entries(manifest)) {
      html = html.replace(new RegExp(escapeRegExp(original), "g"), hashed);
    }
    file.contents = Buffer.from(html);
    done(null, file);
  });
}

function stripComments(lines) {
  return lines.filter((line) => !COMMENT_LINE.test(line));
}

function html() {
  return src("dist/**/*.html").pipe(rewriteAssets(require("./dist/manifest.json"))).pipe(dest("dist"));
}

module.exports = { html, stripComments };
