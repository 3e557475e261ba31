// Highlight the student's chosen courses in the timetable.
const chosen = JSON.parse(localStorage.getItem("chosenCourses") || "[]");
const blocked = ["MATH-101", "PHYS-110", "CHEM-105"];

function markTimetable(cells) {
  for (const cell of cells) {
    const code = cell.dataset.course;
    if (chosen.includes(code)) { // expect: array-includes-in-loop
      cell.classList.add("chosen");
    }
    if (blocked.indexOf(code) !== -1) { // expect: array-includes-in-loop
      cell.classList.add("blocked");
    }
  }
}

function clashes(selected, sessions) {
  return sessions.filter((s) => selected.includes(s.course) && s.day === "Mon"); // expect: array-includes-in-loop
}

markTimetable(Array.from(document.querySelectorAll("td[data-course]")));
console.log(clashes(chosen, window.sessions || []).length, "Monday sessions");
