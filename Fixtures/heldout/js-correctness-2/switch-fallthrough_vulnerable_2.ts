export type Grade = "A" | "B" | "C" | "D" | "F";

export function gradePoints(grade: Grade, honors: boolean): number {
  let points = 0;
  switch (grade) {
    case "A":
      points = 4;
    case "B":  // expect: switch-fallthrough
      points = points || 3;
      break;
    case "C":
      points = 2;
      if (honors) {
        points += 0.5;
      }
    case "D":  // expect: switch-fallthrough
      points = points || 1;
      break;
    case "F":
      points = 0;
  }
  return honors ? points + 0.5 : points;
}
