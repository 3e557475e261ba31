// students.js (fixed) - every array callback returns a value; forEach returns nothing on purpose
export function names(roster) {
  return roster.map((student) => `${student.first} ${student.last}`);
}

export function active(roster) {
  return roster.filter((student) => {
    return student.status === "active";
  });
}

export function byId(roster) {
  return roster.reduce((acc, student) => {
    acc[student.id] = student;
    return acc;
  }, {});
}

export function sortBySurname(roster) {
  return [...roster].sort((a, b) => a.last.localeCompare(b.last));
}

export function printAll(roster) {
  roster.forEach((student) => {
    console.log(student.first, student.last);
  });
}
