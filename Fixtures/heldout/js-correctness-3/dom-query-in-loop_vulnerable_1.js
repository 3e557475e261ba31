// Live character counters for every textarea with a data-max attribute.
function updateCounters() {
  const areas = document.querySelectorAll("textarea[data-max]");
  for (const area of areas) {
    const max = Number(area.dataset.max);
    const left = max - area.value.length;
    const counter = area.nextElementSibling;
    counter.textContent = `${left} characters left`;
    counter.classList.toggle("over", left < 0);
    const submit = document.querySelector("#feedback-form button[type=submit]"); // expect: dom-query-in-loop
    submit.disabled = submit.disabled || left < 0;
  }
}

function resetCounters() {
  let i = 0;
  const count = document.querySelectorAll("textarea[data-max]").length;
  while (i < count) {
    document.getElementsByClassName("char-counter")[i].textContent = ""; // expect: dom-query-in-loop
    i++;
  }
}

document.addEventListener("input", updateCounters);
document.getElementById("feedback-form").addEventListener("reset", resetCounters);
