// Stacked bars per area: topics mastered, not yet and uncertain in a readiness result.
(function () {
  var canvas = document.getElementById('readiness-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function numbers(name) {
    return (canvas.dataset[name] || '').split('|').map(Number);
  }
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: (canvas.dataset.labels || '').split('|'),
      datasets: [
        { label: 'Mastered', data: numbers('mastered'), backgroundColor: '#2f6f4f' },
        { label: 'Not yet', data: numbers('notyet'), backgroundColor: '#b5523b' },
        { label: 'Uncertain', data: numbers('uncertain'), backgroundColor: '#9aa5b1' }
      ]
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } }
    }
  });
})();
