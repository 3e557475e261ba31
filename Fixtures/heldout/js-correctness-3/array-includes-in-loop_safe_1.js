const chosen = new Set(JSON.parse(localStorage.getItem("chosenCourses") || "[]"));
const blocked = new Set(["MATH-101", "PHYS-110", "CHEM-105"]);

function markTimetable(cells) {
  for (const cell of cells) {
    const code = cell.dataset.course;
    cell.classList.toggle("chosen", chosen.has(code));
    cell.classList.toggle("blocked", blocked.has(code));
  }
}

function searchCourses(courses, query) {
  const q = query.trim().toLowerCase();
  return courses.filter((c) => c.title.toLowerCase().includes(q) || c.code.indexOf(q.toUpperCase()) === 0);
}

const SLOTS = ["1", "2", "3"];
const slot = new URLSearchParams(location.search).get("slot");
if (SLOTS.includes(slot)) {
  markTimetable(Array.from(document.querySelectorAll("td[data-course]")));
}
window.searchCourses = searchCourses;
