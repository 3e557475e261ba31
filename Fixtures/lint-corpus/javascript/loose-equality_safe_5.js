// Import readings from a sensor's CSV export; a blank or broken cell becomes NaN.
// `reading == NaN` is never true, whatever the reading: that is a NaN comparison (use
// Number.isNaN), not a loose equality that `===` would fix.
const fs = require('fs');

function parseReadings(path) {
  const rows = fs.readFileSync(path, 'utf8').trim().split('\n').slice(1);
  const readings = [];
  let broken = 0;
  for (const row of rows) {
    const [time, raw] = row.split(',');
    const value = parseFloat(raw);
    if (value == NaN) {
      broken++;
      continue;
    }
    if (Number.NaN != value) {
      readings.push({ time, value });
    }
  }
  return { readings, broken };
}

module.exports = { parseReadings };
