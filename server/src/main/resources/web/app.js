// wattplan web page: scenario list, live validation, runs with progress; the editor is in editor.js, the results,
// fleet and compare views in results.js and fleet.js, the forms in forms.js. Plain JavaScript and uPlot (served from the jar); no network access needed.
"use strict";
const $ = (id) => document.getElementById(id);
const state = { scenarioId: null, savedText: "", runId: null, watching: null };

// ---------------------------------------------------------------- API
function headers(extra) {
  const h = Object.assign({}, extra || {});
  const token = $("token").value.trim();
  if (token) h["Authorization"] = "Bearer " + token;
  return h;
}
async function api(method, path, body, contentType) {
  const init = { method, headers: headers(body === undefined ? {} : { "Content-Type": contentType || "application/yaml" }) };
  if (body !== undefined) init.body = body;
  const response = await fetch(path, init);
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  return { status: response.status, ok: response.ok, json };
}
function errorText(result) {
  return result.json && result.json.error ? result.json.error.message : "HTTP " + result.status;
}

// ---------------------------------------------------------------- editor
const TEMPLATE = [
  "# A new scenario (docs/scenario.md): one site, one cohort of accelerators, one inference service.",
  "name: my-fleet",
  "seed: 1",
  "horizon: {start: 2025-01-01, end: 2026-01-01}",
  "step: daily",
  "sites:",
  "  - id: site-a",
  "    region: US-VA",
  "    grid_limit: \"50 MW\"",
  "    electricity_price: \"0.06 USD/kWh\"",
  "    phases:",
  "      - {id: hall-1, capacity: \"30 MW\", construction_start: 2023-01-01, energized: 2024-01-01}",
  "cohorts:",
  "  - {id: h100, site: site-a, accelerator: H100, count: 10000, installed: 2024-06-01, idle_power: \"100 W\"}",
  "workloads:",
  "  - {id: chat, kind: inference, demand: \"10B\", throughput: 1000, accelerator: H100}",
  "",
].join("\n");
function showProblems(problems) {
  const list = $("problems");
  list.innerHTML = "";
  for (const p of problems) {
    const li = document.createElement("li");
    li.className = "problem";
    if (p.line) {
      li.dataset.line = p.line;
      li.addEventListener("click", () => goToLine(p.line));
    }
    li.textContent = (p.line ? "line " + p.line + ": " : "") + p.path + ": " + p.message;
    list.appendChild(li);
  }
  markProblemLines(problems);
}
let validateTimer = null;
let validateSeq = 0;
function scheduleValidate() {
  clearTimeout(validateTimer);
  validateTimer = setTimeout(validate, 250);
}
async function validate() {
  const seq = ++validateSeq;
  const text = editorText();
  const result = await api("POST", "/api/v1/scenarios/validate", text);
  if (seq !== validateSeq) return; // a newer edit is being checked
  const validity = $("validity");
  if (result.ok) {
    validity.textContent = "valid";
    validity.className = "valid";
    showProblems([]);
  } else if (result.status === 400 && result.json && result.json.error) {
    const problems = result.json.error.problems || [];
    validity.textContent = problems.length + " problem" + (problems.length === 1 ? "" : "s");
    validity.className = "invalid";
    showProblems(problems);
  } else {
    validity.textContent = errorText(result);
    validity.className = "invalid";
  }
}

// ---------------------------------------------------------------- scenarios
async function loadScenarios() {
  const result = await api("GET", "/api/v1/scenarios");
  const list = $("scenario-list");
  list.innerHTML = "";
  if (!result.ok) return;
  for (const s of result.json.scenarios) {
    const li = document.createElement("li");
    li.textContent = s.name + " (v" + s.latest_version + ")";
    li.dataset.id = s.id;
    if (s.id === state.scenarioId) li.classList.add("selected");
    li.addEventListener("click", () => openScenario(s.id));
    list.appendChild(li);
  }
}
async function openScenario(id) {
  const result = await api("GET", "/api/v1/scenarios/" + id);
  if (!result.ok) return;
  state.scenarioId = id;
  state.savedText = result.json.text;
  setEditorText(result.json.text);
  $("scenario-title").textContent = result.json.name + " v" + result.json.version;
  state.version = result.json.version;
  $("diff-versions").disabled = result.json.version < 2;
  $("version-diff").innerHTML = "";
  $("delete-scenario").disabled = false;
  validate();
  loadScenarios();
}
function newScenario() {
  state.scenarioId = null;
  state.savedText = "";
  setEditorText(TEMPLATE);
  $("scenario-title").textContent = "new scenario";
  state.version = null;
  $("diff-versions").disabled = true;
  $("version-diff").innerHTML = "";
  $("delete-scenario").disabled = true;
  validate();
  loadScenarios();
}
async function save() {
  const text = editorText();
  const result = state.scenarioId === null
    ? await api("POST", "/api/v1/scenarios", text)
    : await api("PUT", "/api/v1/scenarios/" + state.scenarioId, text);
  if (!result.ok) {
    if (result.json && result.json.error && result.json.error.problems) showProblems(result.json.error.problems);
    $("validity").textContent = errorText(result);
    $("validity").className = "invalid";
    return null;
  }
  state.scenarioId = result.json.id;
  state.savedText = text;
  $("scenario-title").textContent = result.json.name + " v" + result.json.version;
  state.version = result.json.version;
  $("diff-versions").disabled = result.json.version < 2;
  $("version-diff").innerHTML = "";
  $("delete-scenario").disabled = false;
  await loadScenarios();
  return result.json;
}
async function deleteScenario() {
  if (state.scenarioId === null) return;
  await api("DELETE", "/api/v1/scenarios/" + state.scenarioId);
  newScenario();
}

// ---------------------------------------------------------------- runs
async function saveAndRun() {
  const saved = await save();
  if (!saved) return;
  const result = await api("POST", "/api/v1/scenarios/" + saved.id + "/runs");
  if (!result.ok) {
    $("progress-box").hidden = false;
    $("progress-text").textContent = errorText(result);
    return;
  }
  watch(result.json.id);
  loadRuns();
}
async function watch(runId) {
  if (state.watching) state.watching.abort();
  const controller = new AbortController();
  state.watching = controller;
  state.runId = runId;
  $("progress-box").hidden = false;
  $("progress").value = 0;
  $("progress-text").textContent = "run " + runId + " queued";
  try {
    const response = await fetch("/api/v1/runs/" + runId + "/events", { headers: headers({ Accept: "text/event-stream" }), signal: controller.signal });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
        if (data) onProgress(JSON.parse(data));
      }
    }
  } catch (e) {
    if (e.name !== "AbortError") $("progress-text").textContent = "lost the progress stream: " + e.message;
  }
}
function onProgress(event) {
  $("progress").value = event.progress;
  $("progress-text").textContent = "run " + event.run_id + " " + event.status + " " + Math.round(event.progress * 100) + "%"
    + (event.message ? " — " + event.message : "");
  if (["succeeded", "failed", "cancelled", "interrupted"].includes(event.status)) {
    loadRuns();
    if (state.whatIf && state.whatIf.run === event.run_id && event.status === "succeeded") compare([state.whatIf.base, event.run_id]);
    else if (event.status === "succeeded") showRun(event.run_id);
  }
}
async function cancelRun() {
  if (state.runId !== null) await api("POST", "/api/v1/runs/" + state.runId + "/cancel");
}
async function loadRuns() {
  const result = await api("GET", "/api/v1/runs?limit=50");
  const list = $("run-list");
  list.innerHTML = "";
  if (!result.ok) return;
  for (const run of result.json.runs) {
    const li = document.createElement("li");
    li.dataset.id = run.id;
    const box = document.createElement("input");
    box.type = "checkbox";
    box.className = "compare-box";
    box.value = run.id;
    box.disabled = run.status !== "succeeded";
    box.addEventListener("click", (e) => { e.stopPropagation(); updateCompareButton(); });
    const label = document.createElement("span");
    label.textContent = " #" + run.id + " " + run.scenario_name + " v" + (run.scenario_version ?? "-");
    const status = document.createElement("span");
    status.className = "status " + run.status;
    status.textContent = run.status;
    li.append(box, label, status);
    if (run.id === state.runId) li.classList.add("selected");
    li.addEventListener("click", () => showRun(run.id));
    list.appendChild(li);
  }
  updateCompareButton();
}
function selectedRuns() {
  return [...document.querySelectorAll(".compare-box:checked")].map((b) => Number(b.value));
}
function updateCompareButton() {
  $("compare").disabled = selectedRuns().length < 2;
}

// ---------------------------------------------------------------- start
async function start() {
  $("token").value = sessionStorage.getItem("wattplan-token") || "";
  $("token").addEventListener("change", () => { sessionStorage.setItem("wattplan-token", $("token").value); loadScenarios(); loadRuns(); });
  startEditor(scheduleValidate);
  startForms();
  $("new-scenario").addEventListener("click", newScenario);
  $("delete-scenario").addEventListener("click", deleteScenario);
  $("save").addEventListener("click", save);
  $("run").addEventListener("click", saveAndRun);
  $("cancel").addEventListener("click", cancelRun);
  $("compare").addEventListener("click", () => compare(selectedRuns()));
  $("annual-column").addEventListener("change", drawAnnual);
  $("series-column").addEventListener("change", drawSeries);
  $("series-resample").addEventListener("change", drawSeries);
  $("compare-column").addEventListener("change", () => { drawComparison(); drawMetrics(); });
  $("headline-year").addEventListener("change", drawHeadlines);
  $("whatif-form").addEventListener("submit", runWhatIf);
  $("diff-versions").addEventListener("click", showVersionDiff);
  $("whatif-phase").addEventListener("change", phaseChosen);
  document.querySelectorAll(".tabs [role=tab]").forEach((tab) => tab.addEventListener("click", () => showView(tab.dataset.view)));
  const pendingHealth = api("GET", "/api/v1/health");
  newScenario();
  await loadRuns();
  await openLink(new URLSearchParams(location.hash.slice(1)));
  const health = await pendingHealth;
  if (health.ok) $("health").textContent = health.json.version + " · " + health.json.store + " store";
  document.body.dataset.readyMs = String(Math.round(performance.now())); // from the navigation's start (bench/view-open.sh)
  document.body.dataset.ready = "true";
}
// A link to a view: #run=12, #run=12&view=fleet&site=prineville, #compare=12,13.
async function openLink(link) {
  if (link.has("compare")) {
    await compare(link.get("compare").split(",").map(Number));
  } else if (link.has("run")) {
    if (link.has("site")) state.site = link.get("site");
    await showRun(Number(link.get("run")));
    if (link.get("view") === "fleet") await showView("fleet-view");
  }
}
start();
