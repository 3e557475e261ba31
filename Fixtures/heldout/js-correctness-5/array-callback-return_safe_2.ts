// Firebase Cloud Function: weekly leaderboard for a cycling club.
import { onSchedule } from "firebase-functions/v2/scheduler";
import { getFirestore } from "firebase-admin/firestore";

interface Ride {
  rider: string;
  km: number;
}

export function rankRiders(rides: Ride[]): Ride[] {
  return [...rides].sort((a, b) => {
    if (a.km !== b.km) {
      return b.km - a.km;
    }
    return a.rider.localeCompare(b.rider);
  });
}

export function firstCentury(rides: Ride[]): Ride | undefined {
  return rides.find((ride) => {
    if (ride.km < 0) {
      throw new RangeError(`negative distance for ${ride.rider}`);
    }
    return ride.km >= 100;
  });
}

export const weeklyBoard = onSchedule("every monday 07:00", async () => {
  const db = getFirestore();
  const snapshot = await db.collection("rides").get();
  const rides = snapshot.docs.map((doc) => doc.data() as Ride);
  await db.doc("boards/cycling").set({ ranking: rankRiders(rides), century: firstCentury(rides) ?? null });
});
