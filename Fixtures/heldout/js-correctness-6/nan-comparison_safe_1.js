/* Highcharts energy meter dashboard */
import Highcharts from 'highcharts';

function parseReading(row) {
  const kwh = Number.parseFloat(row.kwh);
  return { at: Date.parse(row.timestamp), kwh };
}

export function renderMeter(container, rows) {
  const readings = rows.map(parseReading).filter((r) => !Number.isNaN(r.kwh) && Number.isFinite(r.at));

  const peak = readings.reduce((max, r) => (r.kwh > max ? r.kwh : max), 0);

  return Highcharts.chart(container, {
    title: { text: 'Consumption' },
    xAxis: { type: 'datetime' },
    yAxis: { title: { text: 'kWh' }, max: peak * 1.1 },
    tooltip: {
      formatter() {
        if (Number.isNaN(this.y)) return 'no reading';
        return `${Highcharts.dateFormat('%H:%M', this.x)}: ${this.y.toFixed(2)} kWh`;
      },
    },
    series: [{ type: 'area', name: 'kWh', data: readings.map((r) => [r.at, r.kwh]) }],
  });
}
