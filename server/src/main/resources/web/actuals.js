// Actuals view: upload site-meter readings (CSV, docs/actuals.md) for the run on show (POST /runs/{id}/actuals),
// then plan vs actual per site and month, and per site and year the variance split into the factors that explain
// it (LMDI: IT load, PUE, WUE, grid factor...). Nothing is stored; a bad file lists every problem with its line.
"use strict";
const ACTUALS_MAX_BYTES = 1048576;
function openActualsView() {
  $("actuals-run").textContent = state.runId === null ? "no run picked" : $("results-title").textContent;
  $("actuals-upload").disabled = state.runId === null;
}
async function uploadActuals(event) {
  event.preventDefault();
  const file = $("actuals-file").files[0];
  const message = $("actuals-message");
  $("actuals-problems").innerHTML = "";
  if (state.runId === null) { message.textContent = "Pick a run first."; return; }
  if (!file) { message.textContent = "Choose a meters CSV file."; return; }
  if (file.size > ACTUALS_MAX_BYTES) { message.textContent = file.name + " is " + format(file.size) + " bytes; the server takes at most " + format(ACTUALS_MAX_BYTES) + " (split it by site or period)."; return; }
  message.textContent = "comparing " + file.name + " with run #" + state.runId + "…";
  const result = await api("POST", "/api/v1/runs/" + state.runId + "/actuals", await file.text(), "text/csv");
  if (!result.ok) {
    message.textContent = errorText(result);
    const problems = (result.json && result.json.error && result.json.error.problems) || [];
    $("actuals-problems").innerHTML = problems.map((p) => "<li>" + escapeHtml(p.path) + ": " + escapeHtml(p.message) + "</li>").join("");
    $("actuals-result").hidden = true;
    return;
  }
  message.textContent = file.name + " against run #" + state.runId + " (nothing stored).";
  state.actuals = result.json;
  $("actuals-result").hidden = false;
  const sites = [...new Set(result.json.variance.rows.map((r) => r[0]))];
  const monthSites = [...new Set(result.json.months.map((m) => m.site))];
  fillSelect($("actuals-site"), [...new Set(monthSites.concat(sites))].map((s) => ({ value: s, label: s })), sites.includes("(fleet)") ? "(fleet)" : sites[0]);
  drawActuals();
}
function drawActuals() {
  const site = $("actuals-site").value;
  drawActualMonths(site);
  drawVariance(site);
}
// Plan and meters per month, facility energy, for one site (the fleet: the sums over sites).
function drawActualMonths(site) {
  const months = [...new Set(state.actuals.months.map((m) => m.month))].sort();
  const pick = (key) => months.map((month) => {
    const hits = state.actuals.months.filter((m) => m.month === month && (site === "(fleet)" || m.site === site) && m[key] !== null);
    return hits.length ? hits.reduce((s, m) => s + m[key], 0) : null;
  });
  const times = months.map((m) => Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1) / 1000);
  const element = $("actuals-chart");
  const series = [{ label: "month", value: (u, v) => (v === null ? "–" : new Date(v * 1000).toISOString().slice(0, 7)) },
    { label: "Plan", stroke: COLORS[0], width: 2, points: { show: true, size: 5, fill: COLORS[0] }, value: (u, v) => withUnit(v, "MWh") },
    { label: "Metered", stroke: COLORS[1], width: 2, points: { show: true, size: 5, fill: COLORS[1] }, value: (u, v) => withUnit(v, "MWh") }];
  chart("actuals-months", element, {
    title: "Facility energy per month, " + site,
    series,
    scales: { x: { time: true }, y: valueScale() },
    axes: [{ values: (u, splits) => { const labels = splits.map((v) => new Date(v * 1000).toISOString().slice(0, 7)); element.dataset.xTicks = labels.join("|"); return labels; } }, valueAxis(element, "MWh")],
  }, [times, pick("plan_facility_mwh"), pick("actual_facility_mwh")], "MWh");
}
// The variance table of one site: per year and metric the total, then the part each factor explains, with a bar.
function drawVariance(site) {
  const v = state.actuals.variance;
  const rows = v.rows.filter((r) => r[0] === site);
  const html = ['<table class="variance"><thead><tr><th>year</th><th>metric</th><th>plan</th><th>actual</th><th>variance</th><th>%</th><th>explained by</th><th>part</th><th>ratio</th><th></th></tr></thead><tbody>'];
  const scale = Math.max(1e-12, ...rows.filter((r) => r[7] !== "total").map((r) => Math.abs(r[8] ?? 0)));
  for (const r of rows) {
    const total = r[7] === "total";
    const part = r[8];
    const bar = total || part === null ? "" : '<span class="bar ' + (part >= 0 ? "up" : "down") + '" data-width="' + Math.round(60 * Math.abs(part) / scale) + '"></span>';
    // a part row leaves the metric's figures to its total row above it: it shows the factor, its part and its bar
    const figures = total
      ? "<td>" + r[1] + "</td><td>" + escapeHtml(humanize(r[2])) + "</td><td>" + cell(r[3]) + "</td><td>" + cell(r[4]) + "</td><td>" + cell(r[5]) + "</td><td>" + (r[6] === null ? "" : escapeHtml(r[6].toFixed(2) + "%")) + "</td>"
      : "<td></td><td></td><td></td><td></td><td></td><td></td>";
    html.push("<tr" + (total ? ' class="total"' : "") + ">" + figures + "<td>" + escapeHtml(total ? "total" : humanize(r[7])) + "</td><td>" + cell(part) + "</td><td>" + cell(r[9]) + "</td><td>" + bar + "</td></tr>");
  }
  html.push("</tbody></table>");
  $("actuals-variance").innerHTML = html.join("") + v.notes.map((n) => '<p class="muted">' + escapeHtml(n) + "</p>").join("");
  // widths set through the DOM: the page's CSP allows no inline style attributes
  $("actuals-variance").querySelectorAll(".bar").forEach((bar) => { bar.style.width = bar.dataset.width + "px"; });
}
function cell(value) {
  return value === null || value === undefined ? "" : escapeHtml(format(value));
}
VIEW_OPENERS["actuals-view"] = openActualsView;
$("actuals-form").addEventListener("submit", uploadActuals);
$("actuals-site").addEventListener("change", drawActuals);
