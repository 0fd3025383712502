// The plan page's timeline: one floating bar per topic, from the start of its first week to the end of its last,
// drawn from the data attributes the page renders. Also the print button of the printable plan.
(function () {
  var printButton = document.getElementById('print-plan');
  if (printButton) {
    printButton.addEventListener('click', function () { window.print(); });
  }
  var canvas = document.getElementById('plan-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function list(name) {
    var value = canvas.dataset[name];
    return value ? value.split('|') : [];
  }
  var labels = list('labels');
  var starts = list('starts').map(Number);
  var ends = list('ends').map(Number);
  var weeks = Number(canvas.dataset.weeks || 0);
  var current = Number(canvas.dataset.current || 0);
  var bars = labels.map(function (label, i) { return [starts[i] - 1, ends[i]]; });
  var colours = labels.map(function (label, i) {
    if (current > ends[i]) { return '#8fb8a0'; }
    return starts[i] <= current ? '#214f38' : '#2f6f4f';
  });
  canvas.parentElement.style.height = Math.max(16, labels.length * 1.6 + 4) + 'rem';
  new Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: [{ label: 'Weeks', data: bars, backgroundColor: colours, borderRadius: 3 }] },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { min: 0, max: Math.max(weeks, 1), ticks: { stepSize: 1, callback: function (v) { return 'W' + (v + 1); } },
             title: { display: true, text: 'Week of the plan' } },
        y: { ticks: { autoSkip: false, callback: function (v) {
          var label = labels[v] || '';
          return label.length > 30 ? label.slice(0, 29) + '…' : label;
        } } }
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { title: function (items) { return labels[items[0].dataIndex]; }, label: function (ctx) {
          var span = ctx.raw;
          return span[0] + 1 === span[1] ? 'week ' + span[1] : 'weeks ' + (span[0] + 1) + ' to ' + span[1];
        } } }
      }
    }
  });
})();
