// Draws the per-area progress chart from the data attributes the dashboard renders.
(function () {
  var canvas = document.getElementById('area-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var labels = canvas.dataset.labels ? canvas.dataset.labels.split('|') : [];
  var values = canvas.dataset.values ? canvas.dataset.values.split('|').map(Number) : [];
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [{ label: '% complete', data: values, backgroundColor: '#2f6f4f', borderRadius: 4 }]
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } },
      plugins: { legend: { display: false } }
    }
  });
})();
