// D3 line chart of a home weather station; sensors send NaN when they drop out.
import * as d3 from "d3";

export function cleanSeries(rows) {
  return rows
    .map((row) => ({ time: new Date(row.ts * 1000), temp: parseFloat(row.temp) }))
    .filter((point) => point.temp !== NaN);  // expect: nan-comparison
}

export function drawChart(svg, rows) {
  const points = cleanSeries(rows);
  const x = d3.scaleTime().domain(d3.extent(points, (p) => p.time)).range([40, 760]);
  const y = d3.scaleLinear().domain(d3.extent(points, (p) => p.temp)).nice().range([360, 20]);
  const line = d3
    .line()
    .defined((p) => !(p.temp === NaN))  // expect: nan-comparison
    .x((p) => x(p.time))
    .y((p) => y(p.temp));
  svg.append("path").datum(points).attr("d", line).attr("fill", "none").attr("stroke", "steelblue");
  return points.length;
}
