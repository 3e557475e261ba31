import * as echarts from 'echarts';

interface Sample {
  host: string;
  cpu: number;
  at: number;
}

export function drawCpuChart(el: HTMLElement, samples: Sample[], pinned: string[]): echarts.ECharts {
  const hosts = Array.from(new Set(samples.map((s) => s.host)));

  const rank = new Map(pinned.map((host, i) => [host, i]));
  hosts.sort((a, b) => { // expect: array-callback-return
    const aPinned = rank.get(a);
    const bPinned = rank.get(b);
    if (aPinned !== undefined || bPinned !== undefined) {
      return (aPinned ?? Infinity) - (bPinned ?? Infinity);
    }
    a.localeCompare(b);
  });

  const busiest = samples.reduce<Sample | undefined>((top, s) => (!top || s.cpu > top.cpu ? s : top), undefined);
  const firstHot = samples.find((s) => { // expect: array-callback-return
    if (s.cpu > 90) {
      return s.host !== busiest?.host;
    }
  });

  const chart = echarts.init(el);
  chart.setOption({
    title: { text: firstHot ? `Hot: ${firstHot.host}` : 'CPU' },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', max: 100 },
    series: hosts.map((host) => ({
      name: host,
      type: 'line',
      data: samples.filter((s) => s.host === host).map((s) => [s.at, s.cpu]),
    })),
  });
  return chart;
}
