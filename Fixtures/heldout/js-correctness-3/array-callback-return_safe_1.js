const expenses = [
  { who: "ana", what: "groceries", amount: 42.5 },
  { who: "ben", what: "internet", amount: 30 },
  { who: "chen", what: "cleaning", amount: 18 },
];

const people = [...new Set(expenses.map((e) => e.who))];

const totals = people.map((person) => ({
  person,
  paid: expenses.filter((e) => e.who === person).reduce((sum, e) => sum + e.amount, 0),
}));

const share = expenses.reduce((sum, e) => sum + e.amount, 0) / people.length;

const debtors = totals.filter((t) => {
  if (t.paid < share) {
    return true;
  }
  return false;
});

debtors.sort((a, b) => a.paid - b.paid);
debtors.forEach((t) => {
  console.log(`${t.person} owes ${(share - t.paid).toFixed(2)}`);
});
