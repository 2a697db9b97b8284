// Sweep view: run `wattplan sweep` on the open scenario's uncertainty section (POST /scenarios/{id}/sweeps, a queued
// job), then show each annual figure's P10-P50-P90 as a fan chart and the probability of being short per year, with
// the expected costs of being short and of idle capacity (docs/plan.md).
"use strict";
function openSweepView() {
  $("sweep-scenario").textContent = state.scenarioId === null ? "no saved scenario open" : $("scenario-title").textContent;
}
async function runSweep(event) {
  event.preventDefault();
  const seed = $("sweep-seed").value.trim();
  const step = $("sweep-step").value;
  const query = "&draws=" + encodeURIComponent($("sweep-draws").value) + (seed ? "&seed=" + encodeURIComponent(seed) : "") + (step ? "&step=" + step : "");
  const queued = await startJob("sweep", query, $("sweep-message"));
  if (!queued) return;
  state.sweepJob = queued;
  $("sweep-progress-box").hidden = false;
  $("sweep-result").hidden = true;
  const job = await followJob(queued.id, $("sweep-progress"), $("sweep-progress-text"));
  if (job && job.sweep) showSweep(job);
}
async function cancelSweep() {
  if (state.sweepJob) await api("POST", "/api/v1/jobs/" + state.sweepJob.id + "/cancel");
}
function showSweep(job) {
  state.sweep = job.sweep;
  $("sweep-result").hidden = false;
  $("sweep-summary").textContent = job.sweep.draws + " draws, seed " + job.sweep.seed + ", " + job.sweep.step + " steps, of " + job.scenario_name + " v" + job.scenario_version + ".";
  fillSelect($("sweep-figure"), job.sweep.figures.map((f) => ({ value: f.column, label: humanize(f.column) })), "facility_energy_mwh");
  drawFan();
  drawShortfall();
}
// P10 to P90 as a shaded band around the median.
function drawFan() {
  const sweep = state.sweep;
  const figure = sweep.figures.find((f) => f.column === $("sweep-figure").value) || sweep.figures[0];
  const unit = unitOf(figure.column);
  const element = $("sweep-fan");
  const axes = yearAxes(element, sweep.years, unit);
  const line = (label, color, width, dash) => ({ label, stroke: color, width, dash, points: { show: true, size: 5, fill: color }, value: (u, v) => withUnit(v, unit) });
  const series = [{ label: "year", value: (u, v) => (v === null ? "–" : String(Math.round(v))) },
    line("P90", "#1f5fd6", 1, [4, 3]), line("P50", "#1f5fd6", 2.5), line("P10", "#1f5fd6", 1, [4, 3])];
  chart("sweep-fan", element, Object.assign({ title: humanize(figure.column) + ": P10, P50, P90", series, bands: [{ series: [1, 3], fill: "#1f5fd633" }] }, axes),
    [sweep.years, figure.p90, figure.p50, figure.p10], unit);
}
function drawShortfall() {
  const sweep = state.sweep;
  annualChart("sweep-short", $("sweep-short-chart"), "Probability of being short", sweep.years, ["P(some demand unserved)"],
    [sweep.shortfall_probability.map((p) => (p === null ? null : p * 100))], "%", 0);
  const rows = sweep.years.map((y, i) => [String(y), percentText(sweep.shortfall_probability[i]),
    withUnit(sweep.expected_short_cost_usd[i], "USD"), withUnit(sweep.expected_idle_cost_usd[i], "USD")]);
  $("sweep-table").innerHTML = htmlTable(["year", "P(short)", "expected cost of being short", "expected cost of idle capacity"], rows, "sweep-risk");
}
function percentText(p) {
  return p === null ? "–" : (p * 100).toFixed(1) + "%";
}
VIEW_OPENERS["sweep-view"] = openSweepView;
$("sweep-form").addEventListener("submit", runSweep);
$("sweep-cancel").addEventListener("click", cancelSweep);
$("sweep-figure").addEventListener("change", drawFan);
