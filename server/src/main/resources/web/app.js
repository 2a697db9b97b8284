// wattplan web page: scenario editor with live validation, runs with progress, charts and comparisons.
// Plain JavaScript and uPlot (served from the jar); no network access needed.
"use strict";
const $ = (id) => document.getElementById(id);
const COLORS = ["#1f5fd6", "#d92d20", "#17803d", "#9a6700", "#7a3fd1", "#0f8a9d", "#c4320a", "#475467"];
const state = { scenarioId: null, savedText: "", runId: null, watching: null, charts: {} };

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
function renderGutter(errorLines) {
  const lines = $("text").value.split("\n").length;
  const marks = errorLines || state.errorLines || new Set();
  const out = [];
  for (let i = 1; i <= lines; i++) {
    out.push(marks.has(i) ? '<span class="error" data-line="' + i + '">' + i + "</span>" : String(i));
  }
  $("gutter").innerHTML = out.join("\n");
  $("gutter").scrollTop = $("text").scrollTop;
}
function goToLine(line) {
  const text = $("text");
  const lines = text.value.split("\n");
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  text.focus();
  text.setSelectionRange(offset, offset + (lines[line - 1] || "").length);
}
function showProblems(problems) {
  const list = $("problems");
  list.innerHTML = "";
  state.errorLines = new Set();
  for (const p of problems) {
    const li = document.createElement("li");
    li.className = "problem";
    if (p.line) {
      state.errorLines.add(p.line);
      li.dataset.line = p.line;
      li.addEventListener("click", () => goToLine(p.line));
    }
    li.textContent = (p.line ? "line " + p.line + ": " : "") + p.path + ": " + p.message;
    list.appendChild(li);
  }
  renderGutter();
}
let validateTimer = null;
let validateSeq = 0;
function scheduleValidate() {
  clearTimeout(validateTimer);
  validateTimer = setTimeout(validate, 250);
}
async function validate() {
  const seq = ++validateSeq;
  const text = $("text").value;
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
  $("text").value = result.json.text;
  $("scenario-title").textContent = result.json.name + " v" + result.json.version;
  $("delete-scenario").disabled = false;
  renderGutter();
  validate();
  loadScenarios();
}
function newScenario() {
  state.scenarioId = null;
  state.savedText = "";
  $("text").value = TEMPLATE;
  $("scenario-title").textContent = "new scenario";
  $("delete-scenario").disabled = true;
  renderGutter();
  validate();
  loadScenarios();
}
async function save() {
  const text = $("text").value;
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
    if (event.status === "succeeded") showRun(event.run_id);
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

// ---------------------------------------------------------------- charts
function chart(key, element, options, data) {
  if (state.charts[key]) state.charts[key].destroy();
  element.innerHTML = "";
  const width = Math.max(320, element.clientWidth || element.parentElement.clientWidth - 20);
  state.charts[key] = new uPlot(Object.assign({ width, height: 280, cursor: { drag: { x: true, y: false } } }, options), data, element);
  return state.charts[key];
}
function numericColumns(table) {
  return table.columns.filter((c, i) => c !== "year" && table.rows.some((r) => typeof r[i] === "number"));
}
function fillSelect(select, values, preferred) {
  const keep = select.value;
  select.innerHTML = "";
  for (const v of values) {
    const o = document.createElement("option");
    o.value = v; o.textContent = v;
    select.appendChild(o);
  }
  if (values.includes(keep)) select.value = keep;
  else if (values.includes(preferred)) select.value = preferred;
}
// The report's charts (issue 4: electricity by site and by workload, water, emissions, capex and opex,
// capacity and peak), drawn from the stored tables when the run has them; then any annual column.
const REPORT_CHARTS = [
  { id: "electricity-by-site", title: "Electricity by site (MWh)", table: "annual_by_site", group: "site", value: "electricity_mwh" },
  { id: "electricity-by-workload", title: "Electricity by workload (MWh)", table: "annual_by_workload", group: "workload", value: "electricity_mwh" },
  { id: "water", title: "Water: withdrawal, consumption, off-site (ML)", table: "annual", columns: ["water_withdrawal_ml", "water_consumption_ml", "water_offsite_ml", "water_stressed_ml"] },
  { id: "emissions", title: "Emissions: location- and market-based (tCO2e)", table: "annual", columns: ["co2e_location_t", "co2e_market_t", "co2e_embodied_t"] },
  { id: "capex-opex", title: "Capex and opex (MUSD)", table: "annual", columns: ["capex_sites_musd", "capex_accelerators_musd", "opex_electricity_musd"] },
  { id: "capacity-peak", title: "Capacity and peak power by site (MW)", table: "annual_by_site", group: "site", value: "peak_power_mw", extra: "capacity_mw" },
];
async function showRun(runId) {
  state.runId = runId;
  $("comparison").hidden = true;
  const info = await api("GET", "/api/v1/runs/" + runId);
  const names = await api("GET", "/api/v1/runs/" + runId + "/tables");
  if (!info.ok || !names.ok) return;
  $("results-title").textContent = "Run #" + runId + ": " + info.json.scenario_name + " (" + info.json.status + ")";
  document.querySelectorAll("#run-list li").forEach((li) => li.classList.toggle("selected", Number(li.dataset.id) === runId));
  if (names.json.tables.length === 0) {
    $("results").hidden = true;
    $("results-empty").hidden = false;
    $("results-empty").textContent = info.json.status === "succeeded" ? "This run stored no tables." : "Run " + info.json.status + (info.json.message ? ": " + info.json.message : "") + ".";
    return;
  }
  $("results-empty").hidden = true;
  $("results").hidden = false;
  state.sites = names.json.sites;
  state.tables = {};
  for (const name of names.json.tables) {
    if (["annual", "annual_by_site", "annual_by_workload"].includes(name)) {
      const table = await api("GET", "/api/v1/runs/" + runId + "/tables/" + name);
      if (table.ok) state.tables[name] = table.json;
    }
  }
  renderDownloads(runId, names.json.tables);
  const choices = [];
  for (const preset of REPORT_CHARTS) {
    const table = state.tables[preset.table];
    const needed = preset.columns || [preset.value, preset.group];
    if (table && needed.every((c) => table.columns.includes(c))) choices.push({ value: "report:" + preset.id, label: preset.title });
  }
  if (state.tables.annual) {
    for (const column of numericColumns(state.tables.annual)) choices.push({ value: "annual:" + column, label: "annual " + column });
  }
  const select = $("annual-column");
  const keep = select.value;
  select.innerHTML = "";
  for (const c of choices) {
    const o = document.createElement("option");
    o.value = c.value; o.textContent = c.label;
    select.appendChild(o);
  }
  if (choices.some((c) => c.value === keep)) select.value = keep;
  drawAnnual();
  if (state.tables.annual) renderTable(state.tables.annual);
  await drawSeries();
}
// Units from a column's name (docs/serve.md: units are in the names): the axis label and the hover values.
const UNIT_SUFFIXES = [["_mwh", "MWh"], ["_mw", "MW"], ["_ml", "ML"], ["_m3", "m³"], ["_musd", "million USD"],
  ["_kg", "kgCO2e"], ["_t", "tCO2e"], ["_hours", "h"], ["_h", "h"], ["_pct", "%"]];
function unitOf(column) {
  const hit = UNIT_SUFFIXES.find(([suffix]) => column.endsWith(suffix));
  return hit ? hit[1] : "";
}
// A tick label: at most 3 significant digits and a k/M/G/T suffix, never a thousands separator (no clipped 0,000).
function compact(v) {
  if (v === 0) return "0";
  const scales = [[1e12, "T"], [1e9, "G"], [1e6, "M"], [1e3, "k"]];
  const hit = scales.find(([size]) => Math.abs(v) >= size);
  const scaled = hit ? v / hit[0] : v;
  return String(Number(scaled.toPrecision(3))) + (hit ? hit[1] : "");
}
// A hover or label value in full, with its unit.
function withUnit(v, unit) {
  if (v === null || v === undefined) return "–";
  return v.toLocaleString("en", { maximumSignificantDigits: 6 }) + (unit ? " " + unit : "");
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
function pointLabels(element, unit) {
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
      const text = compact(v) + (unit ? " " + unit : "");
      u.ctx.fillStyle = COLORS[(i - 1) % COLORS.length];
      u.ctx.fillText(text, u.valToPos(u.data[0][0], "x", true) + 10 * devicePixelRatio, u.valToPos(v, "y", true));
      labels.push(text);
    }
    u.ctx.restore();
    element.dataset.pointLabels = labels.join("|");
  }] };
}
function annualChart(key, element, title, years, labels, data, unit) {
  const single = years.length === 1;
  const series = [{ label: "year", value: (u, v) => (v === null ? "–" : String(Math.round(v))) }].concat(labels.map((label, i) => ({
    label,
    stroke: COLORS[i % COLORS.length],
    width: single ? 0 : 2,
    points: { show: true, size: single ? 10 : 6, fill: COLORS[i % COLORS.length] },
    value: (u, v) => withUnit(v, unit),
  })));
  chart(key, element, Object.assign({ title, series, hooks: pointLabels(element, unit) }, yearAxes(element, years, unit)), [years].concat(data));
}
function drawAnnual() {
  const choice = $("annual-column").value;
  if (!choice) return;
  let title, xs, series, data, preset;
  if (choice.startsWith("annual:")) {
    const table = state.tables.annual;
    const column = choice.slice(7);
    const year = table.columns.indexOf("year");
    const index = table.columns.indexOf(column);
    title = column + " per year";
    xs = table.rows.map((r) => r[year]);
    series = [column];
    data = [table.rows.map((r) => r[index])];
  } else {
    preset = REPORT_CHARTS.find((p) => "report:" + p.id === choice);
    const table = state.tables[preset.table];
    const year = table.columns.indexOf("year");
    xs = [...new Set(table.rows.map((r) => r[year]))].sort((a, b) => a - b);
    title = preset.title;
    if (preset.columns) {
      series = preset.columns;
      data = preset.columns.map((c) => { const i = table.columns.indexOf(c); return xs.map((y) => (table.rows.find((r) => r[year] === y) || [])[i] ?? null); });
    } else {
      const g = table.columns.indexOf(preset.group);
      const v = table.columns.indexOf(preset.value);
      const groups = [...new Set(table.rows.map((r) => r[g]))];
      series = groups.map((name) => name + " " + preset.value);
      data = groups.map((name) => xs.map((y) => (table.rows.find((r) => r[year] === y && r[g] === name) || [])[v] ?? null));
      if (preset.extra) {
        const e = table.columns.indexOf(preset.extra);
        for (const name of groups) {
          series.push(name + " " + preset.extra);
          data.push(xs.map((y) => (table.rows.find((r) => r[year] === y && r[g] === name) || [])[e] ?? null));
        }
      }
    }
  }
  const unit = choice.startsWith("annual:") ? unitOf(choice.slice(7)) : unitOf(preset.value || preset.columns[0]);
  annualChart("annual", $("annual-chart"), title, xs, series, data, unit);
}
async function drawSeries() {
  const runId = state.runId;
  const column = $("series-column").value || "facility_power_mw";
  const probe = await api("GET", "/api/v1/runs/" + runId + "/timeseries?limit=1");
  if (!probe.ok) return;
  fillSelect($("series-column"), probe.json.columns.slice(2), column);
  const sites = Math.max(1, state.sites.length);
  const steps = probe.json.total / sites;
  let resample = $("series-resample").value;
  if (resample === "auto") resample = steps > 24 * 365 * 3 ? "1w" : steps > 24 * 120 ? "1d" : "";
  const query = "/api/v1/runs/" + runId + "/timeseries?limit=100000" + (resample ? "&resample=" + resample : "");
  const page = await api("GET", query);
  if (!page.ok) return;
  const index = page.json.columns.indexOf($("series-column").value);
  const times = [];
  const bySite = {};
  for (const site of state.sites) bySite[site] = [];
  for (const row of page.json.rows) {
    if (times.length === 0 || times[times.length - 1] !== row[0]) {
      times.push(row[0]);
      for (const site of state.sites) bySite[site].push(null);
    }
    bySite[row[1]][times.length - 1] = row[index];
  }
  const series = [{ label: "time" }].concat(state.sites.map((s, i) => ({ label: s, stroke: COLORS[i % COLORS.length], width: 1.5 })));
  const unit = unitOf($("series-column").value);
  for (const s of series.slice(1)) s.value = (u, v) => withUnit(v, unit);
  chart("series", $("series-chart"), {
    title: $("series-column").value + " by site" + (resample ? " (mean per " + resample + ")" : ""),
    series,
    axes: [{}, valueAxis($("series-chart"), unit)],
  }, [times].concat(state.sites.map((s) => bySite[s])));
}
function renderTable(table) {
  const box = $("table-box");
  const html = ["<table><thead><tr>"];
  for (const c of table.columns) html.push("<th>" + escapeHtml(c) + "</th>");
  html.push("</tr></thead><tbody>");
  for (const row of table.rows) {
    html.push("<tr>");
    row.forEach((v, i) => html.push("<td>" + escapeHtml(typeof v === "number" && table.columns[i] !== "year" ? format(v) : String(v ?? "")) + "</td>"));
    html.push("</tr>");
  }
  html.push("</tbody></table>");
  box.innerHTML = html.join("");
}
function format(v) {
  return Math.abs(v) >= 1000 ? v.toLocaleString("en", { maximumFractionDigits: 0 }) : v.toLocaleString("en", { maximumSignificantDigits: 4 });
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
function renderDownloads(runId, tables) {
  const box = $("downloads");
  box.textContent = "download:";
  const add = (label, path, name) => {
    const a = document.createElement("a");
    a.textContent = label;
    a.className = "download";
    a.addEventListener("click", () => download(path, name));
    box.appendChild(a);
  };
  for (const t of tables) {
    add(t + ".csv", "/api/v1/runs/" + runId + "/tables/" + encodeURIComponent(t) + "/export?format=csv", "run-" + runId + "-" + t + ".csv");
  }
  add("timeseries.csv", "/api/v1/runs/" + runId + "/timeseries/export?format=csv", "run-" + runId + "-timeseries.csv");
  add("timeseries.parquet", "/api/v1/runs/" + runId + "/timeseries/export?format=parquet", "run-" + runId + "-timeseries.parquet");
}
async function download(path, name) {
  const response = await fetch(path, { headers: headers() });
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = url; a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
async function compare() {
  const ids = selectedRuns();
  const result = await api("GET", "/api/v1/compare?runs=" + ids.join(",") + "&table=annual");
  if (!result.ok) return;
  state.comparison = result.json;
  $("results").hidden = true;
  $("results-empty").hidden = true;
  $("comparison").hidden = false;
  $("results-title").textContent = "Runs " + ids.map((i) => "#" + i).join(", ") + " compared";
  fillSelect($("compare-column"), result.json.columns, "electricity_mwh");
  drawComparison();
}
function drawComparison() {
  const c = state.comparison;
  const column = $("compare-column").value;
  const years = c.rows.map((r) => Number(r.key.year));
  const data = [years].concat(c.runs.map((id, i) => c.rows.map((r) => (r.values[column] || [])[i] ?? null)));
  annualChart("compare", $("compare-chart"), column + " per year", years, c.runs.map((id) => "run #" + id), data.slice(1), unitOf(column));
  const table = { columns: ["year"].concat(c.runs.map((id) => "run #" + id)), rows: c.rows.map((r, k) => [r.key.year].concat(data.slice(1).map((s) => s[k]))) };
  const box = $("table-box");
  renderTable(table);
  $("compare-table").innerHTML = box.innerHTML;
}

// ---------------------------------------------------------------- start
async function start() {
  $("token").value = sessionStorage.getItem("wattplan-token") || "";
  $("token").addEventListener("change", () => { sessionStorage.setItem("wattplan-token", $("token").value); loadScenarios(); loadRuns(); });
  $("text").addEventListener("input", () => { renderGutter(); scheduleValidate(); });
  $("text").addEventListener("scroll", () => { $("gutter").scrollTop = $("text").scrollTop; });
  $("new-scenario").addEventListener("click", newScenario);
  $("delete-scenario").addEventListener("click", deleteScenario);
  $("save").addEventListener("click", save);
  $("run").addEventListener("click", saveAndRun);
  $("cancel").addEventListener("click", cancelRun);
  $("compare").addEventListener("click", compare);
  $("annual-column").addEventListener("change", drawAnnual);
  $("series-column").addEventListener("change", drawSeries);
  $("series-resample").addEventListener("change", drawSeries);
  $("compare-column").addEventListener("change", drawComparison);
  const health = await api("GET", "/api/v1/health");
  if (health.ok) $("health").textContent = health.json.version + " · " + health.json.store + " store";
  newScenario();
  await loadRuns();
  document.body.dataset.ready = "true";
}
start();
