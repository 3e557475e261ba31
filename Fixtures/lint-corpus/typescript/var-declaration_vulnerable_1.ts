export function average(scores: number[]): number {
  var total = 0; // expect: var-declaration
  for (var i = 0; i < scores.length; i++) { // expect: var-declaration
    total += scores[i];
  }
  return scores.length > 0 ? total / scores.length : 0;
}

var cache: Record<string, number> = {}; // expect: var-declaration

export function memoAverage(key: string, scores: number[]): number {
  cache[key] = cache[key] ?? average(scores);
  return cache[key];
}
