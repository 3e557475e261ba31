// The same highlighting with the term escaped.
function escapeRegExp(value) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function highlight(text, term) {
  const re = new RegExp("(" + escapeRegExp(term) + ")", "gi");
  return text.replace(re, "<mark>$1</mark>");
}

module.exports = { highlight };
