// Charts on uPlot: whole years on annual axes, units on value axes, compact tick labels, PNG and SVG buttons.
"use strict";
const COLORS = ["#1f5fd6", "#d92d20", "#17803d", "#9a6700", "#7a3fd1", "#0f8a9d", "#c4320a", "#475467", "#98a2b3"];
const charts = {};
// Draws (or redraws) the chart kept under key, with its PNG and SVG buttons; files are named after the run.
function chart(key, element, options, data, unit) {
  if (charts[key]) charts[key].destroy();
  element.innerHTML = "";
  const width = Math.max(320, element.clientWidth || element.parentElement.clientWidth - 20);
  charts[key] = new uPlot(Object.assign({ width, height: 280, cursor: { drag: { x: true, y: false } } }, options), data, element);
  const prefix = key === "compare" && state.comparison ? "runs-" + state.comparison.runs.join("-") : "run-" + (state.runId ?? "");
  const stem = prefix + "-" + String(options.title || key).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  chartTools(element, charts[key], options.title || key, unit || "", stem);
  return charts[key];
}
// The y axis: compact ticks, the unit as the axis label, wide enough for its longest tick. The drawn ticks are
// kept in data-y-ticks (and the unit in data-y-unit) for tests and scripts.
function valueAxis(element, unit) {
  element.dataset.yUnit = unit;
  return {
    label: unit,
    labelSize: 20,
    values: (u, splits) => {
      const labels = splits.map(compact);
      element.dataset.yTicks = labels.join("|");
      return labels;
    },
    size: (u, values) => 18 + 7.5 * Math.max(1, ...(values || []).map((v) => v.length)),
  };
}
// Annual values start from zero (a bar of energy, water or money has its base at 0), with room above the top.
function valueScale() {
  return { range: (u, min, max) => {
    const lo = Math.min(0, min ?? 0);
    let hi = Math.max(0, max ?? 1);
    if (hi === lo) hi = lo + 1;
    return [lo, hi + (hi - lo) * 0.08];
  } };
}
// Years on the x axis: whole years only (no 2025.2), half a year of margin each side so one year is a point in
// the middle of a sane axis, at most about ten labels. The drawn labels are kept in data-x-ticks.
function yearAxes(element, years, unit) {
  const first = Math.min(...years);
  const last = Math.max(...years);
  const every = Math.max(1, Math.ceil((last - first + 1) / 10));
  return {
    scales: { x: { time: false, range: () => [first - 0.5, last + 0.5] }, y: valueScale() },
    axes: [{
      splits: () => years.filter((y) => (y - first) % every === 0),
      values: (u, splits) => {
        const labels = splits.map((v) => String(Math.round(v)));
        element.dataset.xTicks = labels.join("|");
        return labels;
      },
    }, valueAxis(element, unit)],
  };
}
// A one-year run: each value written beside its point, since there is no line to read it from.
function pointLabels(element, unit, shown) {
  return { draw: [(u) => {
    if (u.data[0].length !== 1) return;
    const labels = [];
    u.ctx.save();
    u.ctx.font = Math.round(12 * devicePixelRatio) + "px system-ui, sans-serif";
    u.ctx.textAlign = "left";
    u.ctx.textBaseline = "middle";
    for (let i = 1; i < u.series.length; i++) {
      const v = u.data[i][0];
      if (v === null || v === undefined || !u.series[i].show) continue;
      const text = compact(shown[i - 1][0]) + (unit ? " " + unit : "");
      u.ctx.fillStyle = COLORS[(i - 1) % COLORS.length];
      u.ctx.fillText(text, u.valToPos(u.data[0][0], "x", true) + 10 * devicePixelRatio, u.valToPos(v, "y", true));
      labels.push(text);
    }
    u.ctx.restore();
    element.dataset.pointLabels = labels.join("|");
  }] };
}
// Values per year, one series a label. With stacked parts (the first `stacked` series), each part is drawn on top
// of the ones before it, filled, so the top of the stack is their sum; hover values and point labels stay each
// part's own value. Series after the stacked ones (a total) are plain lines.
function annualChart(key, element, title, years, labels, data, unit, stacked) {
  const single = years.length === 1;
  const parts = stacked || 0;
  const drawn = data.map((values, i) => (i < parts && i > 0
    ? values.map((v, k) => data.slice(0, i + 1).reduce((sum, d) => sum + (d[k] ?? 0), 0))
    : values));
  const series = [{ label: "year", value: (u, v) => (v === null ? "–" : String(Math.round(v))) }].concat(labels.map((label, i) => ({
    label,
    stroke: COLORS[i % COLORS.length],
    width: single ? 0 : i >= parts && parts > 0 ? 2.5 : 2,
    dash: i >= parts && parts > 0 ? [6, 4] : undefined,
    fill: i < parts ? COLORS[i % COLORS.length] + "66" : undefined,
    points: { show: true, size: single ? 10 : 6, fill: COLORS[i % COLORS.length] },
    value: (u, v, s, k) => withUnit(k === null || k === undefined ? v : data[i][k], unit),
  })));
  const bands = [];
  for (let i = 2; i <= parts; i++) bands.push({ series: [i, i - 1] });
  chart(key, element, Object.assign({ title, series, bands, hooks: pointLabels(element, unit, data) }, yearAxes(element, years, unit)), [years].concat(drawn), unit);
}
