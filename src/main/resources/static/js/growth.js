// Draws "Your mastery over time" from the JSON the dashboard renders into data-history. Runs once the page is
// parsed, so Chart.js (loaded at the end of the page) is there.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#2f6f4f', '#1f5fa8', '#b35900', '#7a3e9d', '#a4243b', '#00798c', '#5c6b00', '#6b4f2a', '#c2185b', '#455a64'];

  var skillsCanvas = document.getElementById('growth-chart');
  if (skillsCanvas) {
    var h = JSON.parse(skillsCanvas.dataset.history);
    var datasets = [{
      label: 'Skills mastered (of ' + h.skills + ')', data: h.mastered, yAxisID: 'skills',
      borderColor: palette[0], backgroundColor: palette[0], tension: 0, pointRadius: h.labels.length > 30 ? 0 : 3
    }];
    var scales = {
      skills: { position: 'left', min: 0, suggestedMax: Math.min(h.skills, 10), ticks: { precision: 0 },
        title: { display: true, text: 'skills mastered' } }
    };
    if (h.topics > 0) {
      datasets.push({
        label: 'Readiness check: topics mastered (of ' + h.topics + ')', data: h.readiness, yAxisID: 'topics',
        showLine: false, pointStyle: 'rect', pointRadius: 7, borderColor: palette[2], backgroundColor: palette[2]
      });
      scales.topics = { position: 'right', min: 0, max: h.topics, ticks: { precision: 0 }, grid: { drawOnChartArea: false },
        title: { display: true, text: 'readiness topics mastered' } };
    }
    new Chart(skillsCanvas, {
      type: 'line',
      data: { labels: h.labels, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: scales }
    });
  }

  var areaCanvas = document.getElementById('area-growth-chart');
  if (areaCanvas) {
    var a = JSON.parse(areaCanvas.dataset.history);
    new Chart(areaCanvas, {
      type: 'line',
      data: {
        labels: a.labels,
        datasets: a.areas.map(function (line, i) {
          var colour = palette[(i + 1) % palette.length];
          return { label: line.label, data: line.values, borderColor: colour, backgroundColor: colour, tension: 0,
            pointRadius: a.labels.length > 30 ? 0 : 2 };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } }
      }
    });
  }
});
