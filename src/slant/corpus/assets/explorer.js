// The dashboard's chart explorer (issue 16): one measure, by month (a line per outlet) or by outlet
// (a bar each), with hover values, an outlet filter, and PNG / CSV downloads. It reads the numbers
// from the JSON block the dashboard writes (slant/corpus/_explorer.py) and draws with Chart.js,
// inlined before it. Every measure is sum(numerator) * scale / sum(denominator) over the cells shown,
// so a rate over several months is the rate of their pooled counts, not a mean of monthly rates.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("slant-explorer-data").textContent);
  function el(id) { return document.getElementById(id); }
  var canvas = el("explorer-canvas"), tip = el("explorer-tip"), chart = null, current = null;

  function pooled(cells, measure) {
    var num = 0, den = 0, pages = 0;
    cells.forEach(function (cell) {
      if (!cell) { return; }
      num += cell[measure.num] || 0; den += cell[measure.den] || 0; pages += cell.pages || 0;
    });
    return { value: den > 0 ? num * measure.scale / den : null, pages: pages, den: den };
  }
  function fmt(v) { return v === null ? "no data" : (Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2)); }

  function build() {
    var measure = data.measures[el("explorer-measure").selectedIndex];
    var by = el("explorer-by").value, only = el("explorer-outlet").value;
    var outlets = only ? [only] : data.outlets, labels, datasets, facts;
    if (by === "month") {
      labels = data.months;
      facts = outlets.map(function (o) {
        return data.months.map(function (m) { return pooled([(data.cells[o] || {})[m]], measure); });
      });
      datasets = outlets.map(function (o, i) {
        return { label: o, data: facts[i].map(function (f) { return f.value; }), borderColor: data.colors[o],
                 backgroundColor: data.colors[o], spanGaps: true, tension: 0, pointRadius: 3 };
      });
    } else {
      labels = outlets;
      facts = [outlets.map(function (o) {
        var cells = data.cells[o] || {};
        return pooled(Object.keys(cells).map(function (k) { return cells[k]; }), measure);
      })];
      datasets = [{ label: measure.title, data: facts[0].map(function (f) { return f.value; }),
                    backgroundColor: outlets.map(function (o) { return data.colors[o]; }) }];
    }
    return { measure: measure, by: by, labels: labels, datasets: datasets, facts: facts };
  }

  function showTip(context) {
    var t = context.tooltip;
    if (!t || t.opacity === 0 || !t.dataPoints || !t.dataPoints.length) { tip.hidden = true; return; }
    var p = t.dataPoints[0], fact = current.facts[p.datasetIndex][p.dataIndex];
    var who = current.by === "month" ? p.dataset.label + ", " + p.label : p.label;
    tip.textContent = who + ": " + fmt(p.raw) + " " + current.measure.unit + " (" + fact.pages + (fact.pages === 1 ? " page)" : " pages)");
    tip.hidden = false;
    tip.style.left = (canvas.offsetLeft + t.caretX + 12) + "px";
    tip.style.top = (canvas.offsetTop + t.caretY - 12) + "px";
  }

  // A white background, so a saved PNG reads on any viewer (the canvas is transparent otherwise).
  var background = { id: "slantBackground", beforeDraw: function (c) {
    var ctx = c.ctx; ctx.save(); ctx.globalCompositeOperation = "destination-over";
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, c.width, c.height); ctx.restore(); } };

  function draw() {
    current = build();
    if (chart) { chart.destroy(); }
    el("explorer-caption").textContent = current.measure.title + " (" + current.measure.unit + "), " +
      (current.by === "month" ? "by month of publication; pages without a date are left out." :
       "by outlet, all pages.") + " " + current.measure.note;
    chart = new Chart(canvas, {
      type: current.by === "month" ? "line" : "bar",
      data: { labels: current.labels, datasets: current.datasets },
      plugins: [background],
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        interaction: { mode: "nearest", intersect: false },
        scales: { y: { beginAtZero: true, title: { display: true, text: current.measure.unit } } },
        plugins: { legend: { display: current.by === "month" },
                   tooltip: { enabled: false, external: showTip } }
      }
    });
    canvas.setAttribute("aria-label", el("explorer-caption").textContent);
  }

  function download(name, href) {
    var a = document.createElement("a"); a.href = href; a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
  }
  function csv() {
    var head = [current.by].concat(current.datasets.map(function (d) { return d.label; }));
    var rows = current.labels.map(function (label, i) {
      return [label].concat(current.datasets.map(function (d) { return d.data[i] === null ? "" : d.data[i]; }));
    });
    return [head].concat(rows).map(function (r) {
      return r.map(function (v) { return '"' + String(v).replace(/"/g, '""') + '"'; }).join(",");
    }).join("\n") + "\n";
  }

  ["explorer-measure", "explorer-by", "explorer-outlet"].forEach(function (id) {
    el(id).addEventListener("change", draw);
  });
  canvas.addEventListener("mouseleave", function () { tip.hidden = true; });
  el("explorer-png").addEventListener("click", function () {
    download("slant-chart.png", chart.toBase64Image("image/png", 1));
  });
  el("explorer-csv").addEventListener("click", function () {
    download("slant-chart.csv", "data:text/csv;charset=utf-8," + encodeURIComponent(csv()));
  });
  el("slant-explorer").hidden = false;
  draw();
})();
