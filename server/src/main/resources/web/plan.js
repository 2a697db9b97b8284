// Plan view: run `wattplan plan` on the open scenario (POST /scenarios/{id}/plans, a queued job followed with
// GET /jobs/{id}), then show what it builds when (phases on a timeline, accelerators per year against demand), why
// (the binding constraints when demand cannot be met), its discounted cost, and the planned scenario: download it,
// or store it as the scenario's next version and run it.
"use strict";
// Follows a plan or sweep job until it ends, writing its progress into the given bar and text; returns the job.
async function followJob(jobId, bar, text) {
  for (;;) {
    const result = await api("GET", "/api/v1/jobs/" + jobId);
    if (!result.ok) { text.textContent = errorText(result); return null; }
    const job = result.json;
    bar.value = job.progress;
    text.textContent = job.kind + " job " + job.id + " " + job.status + " " + Math.round(job.progress * 100) + "%" + (job.message ? " — " + job.message : "");
    if (!["queued", "running"].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}
// Queues a job on the scenario open in the editor (its saved version); problems go to the editor's list.
async function startJob(kind, query, message) {
  if (state.scenarioId === null) { message.textContent = "Save the scenario first (the " + kind + " reads a stored version)."; return null; }
  const result = await api("POST", "/api/v1/scenarios/" + state.scenarioId + "/" + kind + "s?version=" + state.version + query);
  if (!result.ok) {
    const problems = (result.json && result.json.error && result.json.error.problems) || [];
    if (problems.some((p) => p.line)) showProblems(problems);
    message.textContent = errorText(result) + (problems.length ? ": " + problems.map((p) => p.path + " " + p.message).join("; ") : "");
    return null;
  }
  message.textContent = "";
  return result.json;
}
function openPlanView() {
  $("plan-scenario").textContent = state.scenarioId === null ? "no saved scenario open" : $("scenario-title").textContent;
}
async function runPlan(event) {
  event.preventDefault();
  const robust = $("plan-robust").checked;
  const query = robust ? "&quantile=" + encodeURIComponent($("plan-quantile").value) + "&draws=" + encodeURIComponent($("plan-draws").value) : "";
  const queued = await startJob("plan", query, $("plan-message"));
  if (!queued) return;
  $("plan-progress-box").hidden = false;
  $("plan-result").hidden = true;
  const job = await followJob(queued.id, $("plan-progress"), $("plan-progress-text"));
  if (job && job.plan) showPlan(job);
}
function showPlan(job) {
  state.planJob = job;
  const plan = job.plan;
  $("plan-result").hidden = false;
  const c = plan.discounted_cost_usd;
  const cards = [["Discounted cost", c.total], ["Phases", c.phases], ["Accelerators", c.accelerators], ["Electricity", c.electricity], ["Carbon price", c.carbon]];
  if (plan.robust_extra_cost_usd !== null) cards.push(["Robust plan's extra cost", plan.robust_extra_cost_usd]);
  // as the headline cards write money: million USD, or billion from a thousand million
  $("plan-costs").innerHTML = cards.map(([label, usd]) => '<div class="card"><div class="label">' + escapeHtml(label) + '</div><div class="value" title="' + escapeHtml(withUnit(usd, "USD")) + '">' + escapeHtml(cardValue(usd / 1e6, "million USD")) + "</div></div>").join("");
  const gap = plan.gap[0];
  $("plan-status").textContent = (plan.meets_demand ? "Meets the demand every year. " : "No build-out meets the demand. ")
    + "Solver " + plan.solver + ", " + (plan.optimal ? "optimal within the gap" : "stopped at the time limit")
    + (gap === null ? "" : " (gap " + (gap * 100).toFixed(2) + "%)") + "; costs discounted to " + plan.first_year + ".";
  const end = plan.years[plan.years.length - 1] + 1;
  drawTimeline({
    columns: ["site", "phase", "construction_start", "energized", "status", "capacity_mw"],
    rows: plan.phases.map((p) => [p.site, p.phase, p.construction_start_year + "-01-01", p.energized_year + "-01-01", "planned", p.capacity_mw]),
  }, null, end, $("plan-timeline"));
  drawPlanYears(plan);
  drawPlanWhy(plan);
  $("plan-download").disabled = plan.planned_scenario === null;
  $("plan-adopt").disabled = plan.planned_scenario === null;
}
// Per year: what is energized, what is bought, against each workload's peak demand (accelerators).
function drawPlanYears(plan) {
  const years = plan.years;
  const bought = years.map((y) => plan.accelerators.filter((a) => a.year === y).reduce((s, a) => s + a.count, 0));
  let sum = 0;
  const cumulative = bought.map((b) => (sum += b));
  const labels = ["Bought by the plan (cumulative)"].concat(plan.demand.map((d) => "Peak demand: " + d.workload));
  const data = [cumulative].concat(plan.demand.map((d) => d.peak_accelerators));
  annualChart("plan", $("plan-chart"), "Accelerators bought and peak demand", years, labels, data, "accelerators", 0);
  const rows = years.map((y, i) => [
    String(y),
    plan.phases.filter((p) => p.energized_year === y).map((p) => p.site + " / " + p.phase + " (" + format(p.capacity_mw) + " MW)").join(", ") || "–",
    plan.accelerators.filter((a) => a.year === y).map((a) => format(a.count) + " " + a.accelerator + " at " + a.site).join(", ") || "–",
    plan.demand.map((d) => d.workload + " " + format(d.peak_accelerators[i] ?? 0)).join(", "),
  ]);
  $("plan-table").innerHTML = htmlTable(["year", "energized on 1 January", "accelerators installed", "peak demand (accelerators)"], rows, "plan-years");
}
// Why: the shortfall and the binding constraints of a plan that cannot meet demand (plan/Diagnosis), else the
// demand the build-out follows.
function drawPlanWhy(plan) {
  const box = $("plan-why");
  if (plan.meets_demand) {
    box.innerHTML = "<p>Every year's peak demand is served: the planner builds each phase and buys each lot in the first year the demand needs it (or earlier where a lead time or a cheaper option makes that the least-cost choice), and no constraint holds it back.</p>";
    return;
  }
  box.innerHTML = "<h3>Left unserved</h3>"
    + htmlTable(["year", "workload", "short by"], plan.shortfalls.map((s) => [String(s.year), s.workload, format(s.amount) + " " + s.unit]), "plan-shortfalls")
    + "<h3>Binding constraints</h3>"
    + htmlTable(["year", "constraint", "detail"], plan.binding_constraints.map((b) => [String(b.year), b.constraint, b.detail]), "plan-bindings");
}
async function downloadPlanned() {
  const job = state.planJob;
  if (job) await download(job.plan.planned_scenario, "job-" + job.id + "-" + job.scenario_name + ".planned.yaml");
}
// The planned scenario as the scenario's next version, opened in the editor and run (its progress below the editor).
async function adoptPlanned() {
  const job = state.planJob;
  if (!job) return;
  const response = await fetch(job.plan.planned_scenario, { headers: headers() });
  if (!response.ok) { $("plan-message").textContent = "HTTP " + response.status; return; }
  const stored = await api("PUT", "/api/v1/scenarios/" + job.scenario_id, await response.text());
  if (!stored.ok) { $("plan-message").textContent = errorText(stored); return; }
  await openScenario(job.scenario_id);
  const run = await api("POST", "/api/v1/scenarios/" + job.scenario_id + "/runs?version=" + stored.json.version);
  if (!run.ok) { $("plan-message").textContent = errorText(run); return; }
  $("plan-message").textContent = "Stored as version " + stored.json.version + "; run #" + run.json.id + " started.";
  watch(run.json.id);
  loadRuns();
}
VIEW_OPENERS["plan-view"] = openPlanView;
$("plan-form").addEventListener("submit", runPlan);
$("plan-download").addEventListener("click", downloadPlanned);
$("plan-adopt").addEventListener("click", adoptPlanned);
$("plan-robust").addEventListener("change", () => { $("plan-robust-options").hidden = !$("plan-robust").checked; });
