// Draws the annual-report charts with Apache ECharts when it is loaded; the tables under each chart carry the
// same figures, so the page is complete without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
  if (!window.echarts) {
    return;
  }

  for (const el of document.querySelectorAll('.chart[data-series]')) {
    const s = JSON.parse(el.dataset.series);
    el.style.height = '320px';
    const chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: el.dataset.chart === 'bar' ? 96 : 40 },
      xAxis: { type: 'category', data: s.labels, axisLabel: { interval: 0, rotate: el.dataset.chart === 'bar' ? 45 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: s.label, type: el.dataset.chart, data: s.values, itemStyle: { color: '#0b5394' } }],
    });
    el.classList.add('drawn');
    window.addEventListener('resize', () => chart.resize());
  }
});
