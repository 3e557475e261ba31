const answers = { q1: "paris", q2: "7", q3: "h2o" };

function check(form) {
  const given = form.elements.answer.value.trim().toLowerCase();
  const feedback = form.querySelector(".feedback");
  feedback.hidden = feedback.textContent === "";
  return given === answers[form.dataset.question];
}

function tokens(source) {
  const re = /\w+|[^\s\w]/g;
  const out = [];
  let match;
  while ((match = re.exec(source)) !== null) {
    out.push(match[0]);
  }
  return out;
}

function firstHeading(node) {
  let current = node;
  while ((current = current.previousElementSibling)) {
    if (/^H[1-6]$/.test(current.tagName)) {
      return current;
    }
  }
  return null;
}

export { check, tokens, firstHeading };
