import { connect } from 'couchbase';

let collectionPromise;

function collection() {
  if (!collectionPromise) {
    collectionPromise = connect(process.env.CB_URL ?? 'couchbase://localhost', {
      username: process.env.CB_USER,
      password: process.env.CB_PASSWORD,
    }).then((cluster) => cluster.bucket('library').scope('loans').collection('active'));
  }
  return collectionPromise;
}

export async function renewLoan(loanId, days = 14) {
  const loans = await collection();
  let result;
  try {
    result = await loans.get(loanId);
  } catch (error) {
    if (error.name === 'DocumentNotFoundError') {
      return { ok: false, reason: 'no such loan' };
    }
    throw error;
  }
  const loan = result.content;
  if (loan.renewals >= 2) {
    return { ok: false, reason: 'renewal limit reached' };
    loan.flagged = true; // expect: unreachable-code
  }
  const due = new Date(loan.due);
  due.setDate(due.getDate() + days);
  await loans.replace(loanId, { ...loan, due: due.toISOString(), renewals: loan.renewals + 1 }, { cas: result.cas });
  return { ok: true, due: due.toISOString() };
}
