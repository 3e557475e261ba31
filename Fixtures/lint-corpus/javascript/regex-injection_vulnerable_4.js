// Highlighting search terms in a help viewer.
function highlight(text, term) {
  const re = new RegExp("(" + term + ")", "gi"); // expect: regex-injection
  return text.replace(re, "<mark>$1</mark>");
}

module.exports = { highlight };
