// students.js - transform the roster returned by the LMS API
export function names(roster) {
  return roster.map((student) => { // expect: array-callback-return
    `${student.first} ${student.last}`;
  });
}

export function active(roster) {
  return roster.filter((student) => { // expect: array-callback-return
    if (student.status === "active") {
      return true;
    }
  });
}

export function byId(roster) {
  return roster.reduce((acc, student) => { // expect: array-callback-return
    acc[student.id] = student;
  }, {});
}

export function sortBySurname(roster) {
  return [...roster].sort((a, b) => { // expect: array-callback-return
    a.last.localeCompare(b.last);
  });
}
