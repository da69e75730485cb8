// Draws each breakdown of the dashboard from the numbers already printed in its table, so the chart
// and the table can never disagree. A line that says "none" (not answered yet, no unit, not rated:
// code _NONE) is grey, never a colour that reads as good news; legends go below the chart, where long
// labels have the whole width instead of being cut at its side.
document.querySelectorAll('canvas[data-labels]').forEach(function (canvas) {
  var labels = canvas.dataset.labels ? canvas.dataset.labels.split('|') : [];
  var codes = canvas.dataset.codes ? canvas.dataset.codes.split('|') : [];
  var counts = canvas.dataset.counts ? canvas.dataset.counts.split('|').map(Number) : [];
  var palette = ['#0b5d7a', '#f0ad4e', '#6f42c1', '#d9534f', '#17a2b8', '#e83e8c', '#fd7e14', '#343a40',
                 '#20c997', '#5cb85c', '#adb5bd'];
  var none = '#8a9299';
  var bar = canvas.dataset.kind === 'bar';
  var colours = labels.map(function (label, i) {
    return codes[i] === '_NONE' ? none : palette[i % palette.length];
  });
  new Chart(canvas, {
    type: canvas.dataset.kind,
    data: { labels: labels, datasets: [{ data: counts, backgroundColor: bar ? '#0b5d7a' : colours }] },
    options: {
      plugins: { legend: { display: !bar, position: 'bottom', labels: { boxWidth: 12 } } },
      animation: false
    }
  });
});
