import * as echarts from 'echarts';

interface Sample {
  host: string;
  cpu: number;
  at: number;
}

export function drawCpuChart(el: HTMLElement, samples: Sample[], pinned: string[]): echarts.ECharts {
  const hosts = Array.from(new Set(samples.map((s) => s.host)));

  const rank = new Map(pinned.map((host, i) => [host, i]));
  hosts.sort((a, b) => {
    const diff = (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity);
    if (diff !== 0 && !Number.isNaN(diff)) {
      return diff;
    }
    return a.localeCompare(b);
  });

  const firstHot = samples.find((s) => {
    if (s.cpu > 90) {
      return true;
    }
    return false;
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
