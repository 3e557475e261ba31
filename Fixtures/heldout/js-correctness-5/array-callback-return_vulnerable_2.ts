// Firebase Cloud Function: weekly leaderboard for a running club.
import { onSchedule } from "firebase-functions/v2/scheduler";
import { getFirestore } from "firebase-admin/firestore";

interface Run {
  runner: string;
  km: number;
  week: string;
}

export function rankRunners(runs: Run[]): Run[] {
  return [...runs].sort((a, b) => {  // expect: array-callback-return
    if (a.km !== b.km) {
      return b.km - a.km;
    }
    a.runner.localeCompare(b.runner);
  });
}

export function firstLongRun(runs: Run[]): Run | undefined {
  return runs.find((run) => {  // expect: array-callback-return
    if (run.km >= 21.1) {
      return true;
    }
  });
}

export const weeklyBoard = onSchedule("every monday 07:00", async () => {
  const db = getFirestore();
  const snapshot = await db.collection("runs").where("week", "==", "current").get();
  const runs = snapshot.docs.map((doc) => doc.data() as Run);
  await db.doc("boards/current").set({ ranking: rankRunners(runs), longest: firstLongRun(runs) ?? null });
});
