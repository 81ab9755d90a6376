// Draws the dashboard's charts from the page's data island. The server has decided every number, suppression
// included: a null is a gap in the line, never a 0.
'use strict';
(function () {
  const data = JSON.parse(document.getElementById('dashboard-data').textContent);
  const palette = ['#1f5f99', '#c2571a', '#2e7d32', '#8e44ad', '#b8860b', '#c2185b', '#00838f', '#5d4037'];

  function draw(canvas, periods, datasets, unit) {
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: periods,
        datasets: datasets.map((d, i) => ({
          label: d.label,
          data: d.values,
          borderColor: palette[i % palette.length],
          backgroundColor: palette[i % palette.length],
          borderDash: d.dashed ? [6, 4] : [],
          spanGaps: false,
          pointRadius: 3,
        })),
      },
      options: {
        locale: data.locale,
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: unit } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  }

  data.charts.forEach((chart) => {
    draw(document.getElementById('time-' + chart.code), chart.periods, chart.overTime, chart.unit);
    draw(document.getElementById('area-' + chart.code), chart.periods, chart.byArea, chart.unit);
  });
})();
