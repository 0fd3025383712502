// The ROC curve of a scored classification submission, with the chance diagonal; points come from data- attributes.
(function () {
  var canvas = document.getElementById('roc-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function numbers(name) {
    return (canvas.dataset[name] || '').split('|').filter(function (v) { return v !== ''; }).map(Number);
  }
  var fpr = numbers('fpr');
  var tpr = numbers('tpr');
  var points = fpr.map(function (x, i) { return { x: x, y: tpr[i] }; });
  new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        { label: 'Your model', data: points, showLine: true, borderColor: '#2f6f4f', backgroundColor: '#2f6f4f',
          pointRadius: 0, borderWidth: 2 },
        { label: 'Chance', data: [{ x: 0, y: 0 }, { x: 1, y: 1 }], showLine: true, borderColor: '#9aa5b1',
          borderDash: [6, 4], pointRadius: 0, borderWidth: 1 }
      ]
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: {
        x: { min: 0, max: 1, title: { display: true, text: 'False positive rate' } },
        y: { min: 0, max: 1, title: { display: true, text: 'True positive rate' } }
      }
    }
  });
})();
