// One run's results as the report shows them: headline cards with their change from the year before, the
// report's charts with breakdowns that add up to the total, the time series, the tables and the downloads;
// and two or more runs compared, with delta tables. Everything comes from documented API routes.
"use strict";
// The report's charts (docs/report.md), drawn from the stored tables when the run has them; then any annual
// column. A breakdown (group and total) draws each part, the rest of the total as its own series (idle and
// unattributed energy for workloads) and the total; the table under the chart shows that the parts add up.
const REPORT_CHARTS = [
  { id: "electricity-by-site", title: "Electricity by site (MWh)", table: "annual_by_site", group: "site", value: "electricity_mwh", total: "electricity_mwh", rest: "not in any site" },
  { id: "electricity-by-workload", title: "Electricity by workload (MWh)", table: "annual_by_workload", group: "workload", value: "electricity_mwh", total: "electricity_mwh", rest: "idle and unattributed" },
  { id: "water", title: "Water: withdrawal, consumption, off-site (ML)", table: "annual", columns: ["water_withdrawal_ml", "water_consumption_ml", "water_offsite_ml", "water_stressed_ml"] },
  { id: "emissions", title: "Emissions: location- and market-based (tCO2e)", table: "annual", columns: ["co2e_location_t", "co2e_market_t", "co2e_embodied_t"] },
  { id: "capex-opex", title: "Capex and opex (MUSD)", table: "annual", columns: ["capex_sites_musd", "capex_accelerators_musd", "opex_electricity_musd"] },
  { id: "capacity-peak", title: "Capacity and peak power by site (MW)", table: "annual_by_site", group: "site", value: "peak_power_mw", extra: "capacity_mw" },
];
const LOADED_TABLES = ["annual", "annual_by_site", "annual_by_workload", "phases"];
function numericColumns(table) {
  return table.columns.filter((c, i) => c !== "year" && table.rows.some((r) => typeof r[i] === "number"));
}
function fillSelect(select, choices, preferred) {
  const keep = select.value;
  select.innerHTML = "";
  for (const c of choices) {
    const o = document.createElement("option");
    o.value = c.value ?? c; o.textContent = c.label ?? humanize(c);
    select.appendChild(o);
  }
  const values = choices.map((c) => c.value ?? c);
  if (values.includes(keep)) select.value = keep;
  else if (values.includes(preferred)) select.value = preferred;
}
// What a view does when it is shown, for views in their own files (plan.js, sweep.js, actuals.js).
const VIEW_OPENERS = {};
async function showView(id) {
  document.querySelectorAll(".tabs [role=tab]").forEach((tab) => tab.setAttribute("aria-selected", String(tab.dataset.view === id)));
  document.querySelectorAll("#results-panel .view").forEach((view) => { view.hidden = view.id !== id; });
  if (id === "fleet-view") await showFleet();
  if (VIEW_OPENERS[id]) await VIEW_OPENERS[id]();
}
async function showRun(runId) {
  state.runId = runId;
  // what the view needs of the run is asked for at once; each answer is awaited where it is used
  const path = "/api/v1/runs/" + runId;
  const headlines = api("GET", path + "/headlines");
  const probe = api("GET", path + "/timeseries?limit=1");
  const [info, names] = await Promise.all([api("GET", path), api("GET", path + "/tables")]);
  if (!info.ok || !names.ok) return;
  $("results-title").textContent = "Run #" + runId + ": " + info.json.scenario_name + " (" + info.json.status + ")";
  document.querySelectorAll("#run-list li").forEach((li) => li.classList.toggle("selected", Number(li.dataset.id) === runId));
  if (!document.querySelector("#tab-fleet[aria-selected=true]")) showView("results-view");
  state.tables = {};
  state.tablesRunId = runId; // the run the views show; a what-if started from them leaves it on screen
  if (names.json.tables.length === 0) {
    $("results").hidden = true;
    $("results-empty").hidden = false;
    $("results-empty").textContent = info.json.status === "succeeded" ? "This run stored no tables." : "Run " + info.json.status + (info.json.message ? ": " + info.json.message : "") + ".";
    return;
  }
  $("results-empty").hidden = true;
  $("results").hidden = false;
  state.sites = names.json.sites;
  const loaded = await Promise.all(names.json.tables.filter((n) => LOADED_TABLES.includes(n)).map((n) => api("GET", "/api/v1/runs/" + runId + "/tables/" + n)));
  for (const table of loaded) if (table.ok) state.tables[table.json.name] = table.json;
  renderDownloads(runId, names.json.tables);
  await showHeadlines(headlines);
  const choices = [];
  for (const preset of REPORT_CHARTS) {
    const table = state.tables[preset.table];
    const needed = preset.columns || [preset.value, preset.group];
    if (table && needed.every((c) => table.columns.includes(c))) choices.push({ value: "report:" + preset.id, label: preset.title });
  }
  if (state.tables.annual) {
    for (const column of numericColumns(state.tables.annual)) choices.push({ value: "annual:" + column, label: "Per year: " + humanize(column) });
  }
  fillSelect($("annual-column"), choices);
  drawAnnual();
  if (state.tables.annual) renderTable(state.tables.annual);
  if (!$("fleet-view").hidden) showFleet();
  await drawSeries(probe);
}

// ---------------------------------------------------------------- headline cards
async function showHeadlines(pending) {
  const result = await pending;
  state.headlines = result.ok ? result.json : null;
  const select = $("headline-year");
  select.innerHTML = "";
  if (!state.headlines) { $("headlines").innerHTML = ""; return; }
  const years = state.headlines.years;
  for (const y of years) {
    const o = document.createElement("option");
    o.value = String(y); o.textContent = String(y);
    select.appendChild(o);
  }
  const withChange = years.filter((y, i) => state.headlines.headlines[0].changes[i] !== null);
  select.value = String(withChange.length ? withChange[withChange.length - 1] : years[years.length - 1]);
  drawHeadlines();
}
// A headline value in the unit a reader expects: GWh or TWh, ktCO2e or MtCO2e, billion USD; PUE with 3 digits.
function cardValue(v, unit) {
  if (v === null) return "–";
  const scaled = [["MWh", 1e6, "TWh"], ["MWh", 1e3, "GWh"], ["tCO2e", 1e6, "MtCO2e"], ["tCO2e", 1e3, "ktCO2e"], ["million USD", 1e3, "billion USD"], ["ML", 1e3, "GL"]]
    .find(([u, size]) => u === unit && Math.abs(v) >= size);
  if (scaled) return Number((v / scaled[1]).toPrecision(3)).toLocaleString("en") + " " + scaled[2];
  return Number(v.toPrecision(3)).toLocaleString("en") + (unit ? " " + unit : "");
}
function drawHeadlines() {
  const h = state.headlines;
  const year = Number($("headline-year").value);
  const i = h.years.indexOf(year);
  const box = $("headlines");
  box.innerHTML = "";
  for (const figure of h.headlines) {
    const card = document.createElement("div");
    card.className = "card";
    card.dataset.key = figure.key;
    const change = figure.changes[i];
    const label = document.createElement("div");
    label.className = "label"; label.textContent = figure.label;
    const value = document.createElement("div");
    value.className = "value"; value.textContent = cardValue(figure.values[i], figure.unit);
    value.title = withUnit(figure.values[i], figure.unit) + " (" + figure.method + ")";
    const delta = document.createElement("div");
    delta.className = "change " + (change === null ? "none" : change > 0 ? "up" : change < 0 ? "down" : "flat");
    delta.textContent = change === null ? "no change shown (first or part year)" : percent(change) + " vs " + (year - 1);
    card.append(label, value, delta);
    box.appendChild(card);
  }
}

// ---------------------------------------------------------------- report charts and breakdowns
function yearsOf(table) {
  const year = table.columns.indexOf("year");
  return [...new Set(table.rows.map((r) => r[year]))].sort((a, b) => a - b);
}
// The parts of a breakdown per year, the rest of the total (when not zero) and the total itself.
function breakdown(preset) {
  const table = state.tables[preset.table];
  const year = table.columns.indexOf("year"), g = table.columns.indexOf(preset.group), v = table.columns.indexOf(preset.value);
  const years = yearsOf(table);
  const groups = [...new Set(table.rows.map((r) => r[g]))];
  const parts = groups.map((name) => ({ label: name, values: years.map((y) => (table.rows.find((r) => r[year] === y && r[g] === name) || [])[v] ?? null) }));
  if (!preset.total || !state.tables.annual) return { years, parts, rest: null, total: null };
  const annual = state.tables.annual;
  const t = annual.columns.indexOf(preset.total), ay = annual.columns.indexOf("year");
  const total = years.map((y) => (annual.rows.find((r) => r[ay] === y) || [])[t] ?? null);
  const rest = years.map((y, k) => total[k] === null ? null : total[k] - parts.reduce((s, p) => s + (p.values[k] ?? 0), 0));
  const tolerance = Math.max(...total.map((x) => Math.abs(x ?? 0))) * 1e-9;
  const restShown = preset.rest === "idle and unattributed" || rest.some((x) => Math.abs(x ?? 0) > tolerance);
  return { years, parts, rest: restShown ? { label: preset.rest, values: rest } : null, total: { label: "total", values: total } };
}
function drawBreakdownTable(b, unit) {
  const rows = b.parts.concat(b.rest ? [b.rest] : [], b.total ? [b.total] : []);
  $("breakdown").innerHTML = htmlTable([unit ? "(" + unit + ")" : ""].concat(b.years.map(String)),
    rows.map((r) => [r.label].concat(r.values.map((v) => (v === null ? "" : format(v))))), "breakdown-table");
  const body = $("breakdown").querySelectorAll("tbody tr");
  if (b.total) body[body.length - 1].classList.add("total");
  if (b.rest) body[body.length - 2].classList.add("rest");
}
function drawAnnual() {
  const choice = $("annual-column").value;
  $("breakdown").innerHTML = "";
  if (!choice) return;
  if (choice.startsWith("annual:")) {
    const column = choice.slice(7);
    const table = state.tables.annual;
    const years = yearsOf(table), year = table.columns.indexOf("year"), index = table.columns.indexOf(column);
    annualChart("annual", $("annual-chart"), humanize(column) + " per year", years, [humanize(column)],
      [years.map((y) => (table.rows.find((r) => r[year] === y) || [])[index] ?? null)], unitOf(column));
    return;
  }
  const preset = REPORT_CHARTS.find((p) => "report:" + p.id === choice);
  const table = state.tables[preset.table];
  const unit = unitOf(preset.value || preset.columns[0]);
  if (preset.columns) {
    const years = yearsOf(table), year = table.columns.indexOf("year");
    const present = preset.columns.filter((c) => table.columns.includes(c));
    annualChart("annual", $("annual-chart"), preset.title, years, present.map(humanize),
      present.map((c) => years.map((y) => (table.rows.find((r) => r[year] === y) || [])[table.columns.indexOf(c)] ?? null)), unit);
    return;
  }
  const b = breakdown(preset);
  // one part and nothing else: the total is that part, drawn once
  const series = b.parts.concat(b.rest ? [b.rest] : [], b.total && (b.parts.length > 1 || b.rest) ? [b.total] : []);
  if (preset.extra) {
    const extra = breakdown(Object.assign({}, preset, { value: preset.extra, total: null }));
    b.parts.forEach((p) => { p.label = p.label + " peak power"; });
    series.push(...extra.parts.map((p) => ({ label: p.label + " capacity", values: p.values })));
  }
  const stacked = preset.total ? b.parts.length + (b.rest ? 1 : 0) : 0;
  annualChart("annual", $("annual-chart"), preset.title, b.years, series.map((s) => s.label), series.map((s) => s.values), unit, stacked);
  if (preset.total) drawBreakdownTable(b, unit);
}
// pending: the answer to the run's first time-series row when showRun asked for it already
async function drawSeries(pending) {
  const runId = state.runId;
  const column = $("series-column").value || "facility_power_mw";
  const probe = await (pending instanceof Promise ? pending : api("GET", "/api/v1/runs/" + runId + "/timeseries?limit=1"));
  if (!probe.ok) return;
  fillSelect($("series-column"), probe.json.columns.slice(2), column);
  const sites = Math.max(1, state.sites.length);
  const steps = probe.json.total / sites;
  let resample = $("series-resample").value;
  if (resample === "auto") resample = steps > 24 * 365 * 3 ? "1w" : steps > 24 * 120 ? "1d" : "";
  const query = "/api/v1/runs/" + runId + "/timeseries?limit=100000" + (resample ? "&resample=" + resample : "");
  const page = await api("GET", query);
  if (!page.ok || runId !== state.runId) return;
  const selected = $("series-column").value;
  const index = page.json.columns.indexOf(selected);
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
  const unit = unitOf(selected);
  const series = [{ label: "time" }].concat(state.sites.map((s, i) => ({ label: s, stroke: COLORS[i % COLORS.length], width: 1.5, value: (u, v) => withUnit(v, unit) })));
  const every = { "1h": "hour", "1d": "day", "1w": "week" }[resample];
  chart("series", $("series-chart"), {
    title: humanize(selected) + " by site" + (every ? ", mean per " + every : ""),
    series,
    axes: [{}, valueAxis($("series-chart"), unit)],
  }, [times].concat(state.sites.map((s) => bySite[s])), unit);
}
function renderTable(table) {
  $("table-box").innerHTML = htmlTable(table.columns.map(humanize),
    table.rows.map((row) => row.map((v, i) => (typeof v === "number" && table.columns[i] !== "year" ? format(v) : String(v ?? "")))));
}

// ---------------------------------------------------------------- downloads
function renderDownloads(runId, tables) {
  const box = $("downloads");
  box.innerHTML = "";
  const title = document.createElement("strong");
  title.textContent = "Download";
  box.appendChild(title);
  const add = (label, path, name) => {
    const a = document.createElement("button");
    a.type = "button";
    a.textContent = label;
    a.className = "download";
    a.dataset.file = name;
    a.addEventListener("click", () => download(path, name));
    box.appendChild(a);
  };
  for (const t of tables.concat(["timeseries"])) {
    for (const format of ["csv", "parquet"]) {
      const path = t === "timeseries" ? "/api/v1/runs/" + runId + "/timeseries/export?format=" + format
        : "/api/v1/runs/" + runId + "/tables/" + encodeURIComponent(t) + "/export?format=" + format;
      add(t + "." + format, path, "run-" + runId + "-" + t + "." + format);
    }
  }
  add("report.html", "/api/v1/runs/" + runId + "/report", "run-" + runId + "-report.html");
}
async function download(path, name) {
  const response = await fetch(path, { headers: headers() });
  if (!response.ok) return;
  saveBlob(await response.blob(), name);
}

// ---------------------------------------------------------------- compare
async function compare(ids) {
  const result = await api("GET", "/api/v1/compare?runs=" + ids.join(",") + "&table=annual");
  if (!result.ok) return;
  state.comparison = result.json;
  showView("compare-view");
  $("compare-empty").hidden = true;
  const fromWhatIf = state.whatIf && ids.length === 2 && ids[0] === state.whatIf.base && ids[1] === state.whatIf.run;
  $("compare-diff").innerHTML = fromWhatIf ? (state.whatIf.diffBox || $("whatif-diff")).innerHTML : "";
  $("comparison").hidden = false;
  $("results-title").textContent = "Runs " + ids.map((i) => "#" + i).join(", ") + " compared";
  fillSelect($("compare-column"), result.json.columns, "electricity_mwh");
  drawComparison();
  drawMetrics();
}
// Per year each run's value, and each run's difference from the first run ticked (absolute and relative).
function drawComparison() {
  const c = state.comparison;
  const column = $("compare-column").value;
  const unit = unitOf(column);
  const years = c.rows.map((r) => Number(r.key.year));
  const data = c.runs.map((id, i) => c.rows.map((r) => (r.values[column] || [])[i] ?? null));
  annualChart("compare", $("compare-chart"), humanize(column) + " per year", years, c.runs.map((id) => "run #" + id), data, unit);
  const base = c.runs[0];
  const columns = ["year"].concat(c.runs.map((id) => "run #" + id));
  for (const id of c.runs.slice(1)) columns.push("Δ #" + id + " − #" + base, "Δ% #" + id);
  const rows = years.map((y, k) => {
    const row = [String(y)].concat(data.map((s) => (s[k] === null ? "" : format(s[k]))));
    for (let i = 1; i < c.runs.length; i++) {
      const a = data[0][k], b = data[i][k];
      row.push(a === null || b === null ? "" : format(b - a), a === null || b === null || a === 0 ? "" : percent(b / a - 1));
    }
    return row;
  });
  $("compare-table").innerHTML = htmlTable(columns, rows, "delta-table");
}
// Every column of the annual table in the last year all runs have, side by side with the differences.
function drawMetrics() {
  const c = state.comparison;
  const k = c.rows.map((r, i) => i).filter((i) => c.columns.every((col) => (c.rows[i].values[col] || []).every((v) => v !== null))).pop()
    ?? c.rows.length - 1;
  if (k < 0) { $("compare-metrics").innerHTML = ""; return; }
  const row = c.rows[k];
  const columns = ["metric (" + row.key.year + ")"].concat(c.runs.map((id) => "run #" + id));
  for (const id of c.runs.slice(1)) columns.push("Δ% #" + id);
  $("compare-metrics").innerHTML = htmlTable(columns, c.columns.map((col) => {
    const values = c.runs.map((id, i) => (row.values[col] || [])[i] ?? null);
    return [humanize(col)].concat(values.map((v) => (v === null ? "" : format(v))),
      values.slice(1).map((v) => (v === null || !values[0] ? "" : percent(v / values[0] - 1))));
  }), "metrics-table");
}
