// Draws every chart of a statistics page with Apache ECharts (served as a WebJar) from the data the server put
// into the page: each chart's box carries its rows and columns as JSON in data-chart, the same numbers as the
// table beside it. No inline script: the Content-Security-Policy forbids it. Tooltips are drawn on the canvas
// (renderMode richText), since HTML tooltips would need inline styles.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var lang = document.documentElement.lang || 'zh-CN';
  var charts = [];

  function formatter(format) {
    return function (value) {
      if (value === null || value === undefined || value === '') {
        return '—';
      }
      var number = Number(value);
      if (format === 'YUAN') {
        return number.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      }
      if (format === 'PERCENT') {
        return number.toFixed(1) + '%';
      }
      return number.toLocaleString(lang);
    };
  }

  function pie(data) {
    var series = data.series[0];
    return {
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText' },
      legend: { type: 'scroll', bottom: 0 },
      series: [{
        type: 'pie',
        name: series.name,
        radius: ['30%', '62%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}: {c}' },
        data: data.labels.map(function (label, i) { return { name: label, value: series.data[i] }; })
      }]
    };
  }

  function cartesian(data) {
    var categories;
    var series;
    var format = data.series.length ? data.series[0].format : 'COUNT';
    if (data.byRow) {
      // a series per row of the table, over its columns (the funnel's stages)
      categories = data.series.map(function (column) { return column.name; });
      series = data.labels.map(function (label, row) {
        return {
          type: data.type,
          name: label,
          data: data.series.map(function (column) { return column.data[row]; })
        };
      });
    } else {
      categories = data.labels;
      series = data.series.map(function (column) {
        var one = { type: data.type, name: column.name, data: column.data };
        if (data.stacked) {
          one.stack = 'total';
        }
        if (data.series.length === 1 && data.type === 'bar') {
          one.label = { show: true, position: data.horizontal ? 'right' : 'top', formatter: function (p) {
            return formatter(column.format)(p.value);
          } };
        }
        return one;
      });
    }
    // the axis in whole numbers (yuan without fen); the tooltips as the table prints them
    var valueAxis = { type: 'value', minInterval: format === 'COUNT' ? 1 : 0,
      axisLabel: { formatter: format === 'YUAN' ? function (value) { return Number(value).toLocaleString(lang); }
        : formatter(format) } };
    var categoryAxis = {
      type: 'category',
      data: categories,
      inverse: !!data.horizontal,
      axisLabel: { interval: 0, width: data.horizontal ? 120 : 80, overflow: 'truncate',
        rotate: !data.horizontal && categories.length > 4 ? 30 : 0 }
    };
    return {
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: formatter(format) },
      legend: { type: 'scroll', top: 0, show: series.length > 1 },
      grid: { containLabel: true, left: 8, right: 40, top: series.length > 1 ? 36 : 12, bottom: 8 },
      xAxis: data.horizontal ? valueAxis : categoryAxis,
      yAxis: data.horizontal ? categoryAxis : valueAxis,
      series: series
    };
  }

  document.querySelectorAll('[data-chart]').forEach(function (box) {
    var data = JSON.parse(box.getAttribute('data-chart'));
    var chart = echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption(data.type === 'pie' ? pie(data) : cartesian(data));
    charts.push(chart);
  });
  if (!charts.length) {
    return;
  }

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
  // On paper (A4, 17 cm of text width) every chart is drawn at the printed size, and back after printing.
  function forPaper() {
    charts.forEach(function (chart) { chart.resize({ width: 640, height: 340 }); });
  }
  function forScreen() {
    charts.forEach(function (chart) { chart.resize(); });
  }
  window.addEventListener('beforeprint', forPaper);
  window.addEventListener('afterprint', forScreen);
  if (window.matchMedia) {
    var print = window.matchMedia('print');
    var listener = function (query) {
      if (query.matches) {
        forPaper();
      } else {
        forScreen();
      }
    };
    if (print.addEventListener) {
      print.addEventListener('change', listener);
    } else if (print.addListener) {
      print.addListener(listener);
    }
  }
})();
