// enrolment.js (fixed) - Sets for repeated lookups
export function unpaidStudents(enrolments, invoices) {
  const paidIds = new Set(invoices.filter((inv) => inv.paid).map((inv) => inv.studentId));
  const unpaid = [];
  for (const e of enrolments) {
    if (!paidIds.has(e.studentId)) {
      unpaid.push(e);
    }
  }
  return unpaid;
}

export function duplicates(emails) {
  const seen = new Set();
  const dupes = [];
  for (const email of emails) {
    if (seen.has(email)) {
      dupes.push(email);
    } else {
      seen.add(email);
    }
  }
  return dupes;
}

export function sharedCourses(a, b) {
  const theirs = new Set(b.courses);
  return a.courses.filter((c) => theirs.has(c));
}

export function isEnrolled(enrolments, studentId) {
  return enrolments.map((e) => e.studentId).includes(studentId);
}
