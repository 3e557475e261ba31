function updateCounters() {
  const areas = document.querySelectorAll("textarea[data-max]");
  const submit = document.querySelector("#feedback-form button[type=submit]");
  let anyOver = false;
  for (const area of areas) {
    const left = Number(area.dataset.max) - area.value.length;
    const counter = area.parentElement.querySelector(".char-counter");
    counter.textContent = `${left} characters left`;
    counter.classList.toggle("over", left < 0);
    anyOver = anyOver || left < 0;
  }
  submit.disabled = anyOver;
}

function resetCounters() {
  const counters = document.getElementsByClassName("char-counter");
  for (const counter of counters) {
    counter.textContent = "";
  }
}

document.addEventListener("input", updateCounters);
document.getElementById("feedback-form").addEventListener("reset", resetCounters);
