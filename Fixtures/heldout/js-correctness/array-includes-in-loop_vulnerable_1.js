// enrolment.js - cross-check course enrolments against the paid invoices
export function unpaidStudents(enrolments, invoices) {
  const paidIds = invoices.filter((inv) => inv.paid).map((inv) => inv.studentId);
  const unpaid = [];
  for (const e of enrolments) {
    if (!paidIds.includes(e.studentId)) { // expect: array-includes-in-loop
      unpaid.push(e);
    }
  }
  return unpaid;
}

export function duplicates(emails) {
  const seen = [];
  const dupes = [];
  for (const email of emails) {
    if (seen.indexOf(email) !== -1) { // expect: array-includes-in-loop
      dupes.push(email);
    } else {
      seen.push(email);
    }
  }
  return dupes;
}

export function sharedCourses(a, b) {
  return a.courses.filter((c) => b.courses.includes(c)); // expect: array-includes-in-loop
}
