// Expense splitter for a shared flat.
const expenses = [
  { who: "ana", what: "groceries", amount: 42.5 },
  { who: "ben", what: "internet", amount: 30 },
  { who: "chen", what: "cleaning", amount: 18 },
  { who: "ana", what: "toilet paper", amount: 6.2 },
];

const people = [...new Set(expenses.map((e) => e.who))];

const totals = people.map((person) => { // expect: array-callback-return
  const paid = expenses.filter((e) => e.who === person).reduce((sum, e) => sum + e.amount, 0);
  ({ person, paid });
});

const share = expenses.reduce((sum, e) => sum + e.amount, 0) / people.length;

const debtors = totals.filter((t) => { // expect: array-callback-return
  if (t.paid < share) {
    return true;
  }
});

debtors
  .sort((a, b) => { // expect: array-callback-return
    a.paid - b.paid;
  })
  .forEach((t) => console.log(`${t.person} owes ${(share - t.paid).toFixed(2)}`));
