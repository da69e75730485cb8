// Draws each breakdown of the dashboard from the numbers already printed in its table, so the chart
// and the table can never disagree.
document.querySelectorAll('canvas[data-labels]').forEach(function (canvas) {
  var labels = canvas.dataset.labels ? canvas.dataset.labels.split('|') : [];
  var counts = canvas.dataset.counts ? canvas.dataset.counts.split('|').map(Number) : [];
  var palette = ['#0b5d7a', '#f0ad4e', '#5cb85c', '#d9534f', '#6f42c1', '#20c997', '#fd7e14', '#6c757d',
                 '#17a2b8', '#e83e8c', '#343a40', '#adb5bd'];
  new Chart(canvas, {
    type: canvas.dataset.kind,
    data: { labels: labels, datasets: [{ data: counts, backgroundColor: canvas.dataset.kind === 'bar' ? '#0b5d7a' : palette }] },
    options: { plugins: { legend: { display: canvas.dataset.kind !== 'bar', position: 'right' } }, animation: false }
  });
});
