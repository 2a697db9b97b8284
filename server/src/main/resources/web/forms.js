// Forms for the common scenario edits beside the what-if form (edits.js): a cohort's count or installation date,
// a new cohort like an existing one, a workload's demand scaled, a new phase at a site. Each edit is applied to
// the YAML line by line (comments and layout stay), saved as the scenario's next version, shown as a diff and run
// against the run on screen. The fleet view's table of installed accelerators by cohort is drawn here too, from
// GET /api/v1/runs/{id}/cohorts (the scenario's cohorts as the engine read them).
"use strict";
const formState = { runId: null, cohorts: [] };

// ---------------------------------------------------------------- line edits
// The lines [first, end) of a top-level section (`cohorts:`), its items included.
function sectionLines(lines, key) {
  const first = lines.findIndex((l) => new RegExp("^" + key + ":\\s*(#.*)?$").test(l));
  if (first < 0) return null;
  let end = first + 1;
  while (end < lines.length && (lines[end].trim() === "" || /^\s|^#/.test(lines[end]))) end++;
  while (end > first + 1 && lines[end - 1].trim() === "") end--;
  return [first + 1, end];
}
// A count ("10000", "16K", 2.5e6) or a power ("30 MW") times a factor, written the same way (suffix, unit, quotes).
function scaledQuantity(text, factor) {
  const m = text.match(/^(["']?)\s*([-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)(\s*)([KMBT]?)(\s*(?:GW|MW|kW|W)?)\s*(["']?)$/);
  if (!m) return null;
  const value = Number(m[2].replace(/_/g, "")) * factor;
  return m[1] + String(Number(value.toPrecision(6))) + m[3] + m[4] + m[5] + m[6];
}
// The item of a list section by id, or the reason it is not there.
function sectionItem(lines, section, id) {
  const range = sectionLines(lines, section);
  if (!range) return { error: "the scenario has no " + section + " section" };
  const item = itemLines(lines, id, range[0], range[1]);
  return item ? { item, range } : { error: section.replace(/s$/, "") + " " + id + " not found in the scenario" };
}
// Sets a cohort's count and installation date.
function editCohort(text, edit) {
  const lines = text.split("\n");
  const found = sectionItem(lines, "cohorts", edit.cohort);
  if (found.error) return found;
  for (const [key, value] of [["count", edit.count], ["installed", edit.installed]]) {
    if (value && !setKey(lines, found.item, key, value)) return { error: "cohort " + edit.cohort + " has no " + key + " to change" };
  }
  return { text: lines.join("\n") };
}
// A new cohort: a copy of an existing one's lines (its power, price and life stay) with its own id, site, count
// and installation date, placed after the last cohort.
function addCohort(text, edit) {
  const lines = text.split("\n");
  const found = sectionItem(lines, "cohorts", edit.like);
  if (found.error) return found;
  if (itemLines(lines, edit.id, found.range[0], found.range[1])) return { error: "a cohort " + edit.id + " exists already" };
  const copy = lines.slice(found.item[0], found.item[1]).filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  const item = [0, copy.length];
  for (const [key, value] of [["id", edit.id], ["site", edit.site], ["count", edit.count], ["installed", edit.installed]]) {
    if (!setKey(copy, item, key, value)) return { error: "cohort " + edit.like + " has no " + key + " line to copy" };
  }
  lines.splice(found.range[1], 0, ...copy);
  return { text: lines.join("\n") };
}
// A workload's demand times a factor: a single demand, or every value of its demand points.
function scaleDemand(text, edit) {
  const lines = text.split("\n");
  const found = sectionItem(lines, "workloads", edit.workload);
  if (found.error) return found;
  const [first, end] = found.item;
  const demandLine = lines.slice(first, end).findIndex((l) => /\bdemand:/.test(l));
  if (demandLine < 0) return { error: "workload " + edit.workload + " has no demand (a training run is sized by its accelerators)" };
  let changed = 0;
  const scaleKey = (key, from, to) => {
    const pattern = new RegExp("(\\b" + key + ":\\s*)(\"[^\"]*\"|'[^']*'|[^,}#\\s\\[][^,}#\\]]*?)(\\s*[,}\\]#]|\\s*$)", "g");
    for (let i = from; i < to; i++) {
      lines[i] = lines[i].replace(pattern, (m, head, old, tail) => {
        const scaled = scaledQuantity(old, edit.factor);
        if (scaled === null) return m;
        changed++;
        return head + scaled + tail;
      });
    }
  };
  const at = first + demandLine;
  if (/\bdemand:\s*(#.*)?$/.test(lines[at]) || /\bdemand:\s*\[/.test(lines[at])) scaleKey("value", at, end);
  else scaleKey("demand", at, at + 1);
  if (changed === 0) return { error: "the demand of workload " + edit.workload + " is not a number or a list of points" };
  return { text: lines.join("\n") };
}
// A new phase after a site's last phase, written as a flow map at the indentation of the phases before it.
function addPhase(text, edit) {
  const lines = text.split("\n");
  const sites = sectionLines(lines, "sites");
  if (!sites) return { error: "the scenario has no sites section" };
  const site = itemLines(lines, edit.site, sites[0], sites[1]);
  if (!site) return { error: "site " + edit.site + " not found in the scenario" };
  const header = lines.slice(site[0], site[1]).findIndex((l) => /^\s*(- +)?phases:\s*(#.*)?$/.test(l));
  if (header < 0) return { error: "site " + edit.site + " has no block list of phases to add to" };
  const start = site[0] + header + 1;
  const indent = (lines[start] || "").match(/^(\s*)- /);
  if (!indent) return { error: "site " + edit.site + " has no block list of phases to add to" };
  if (itemLines(lines, edit.phase, start, site[1])) return { error: "a phase " + edit.phase + " exists already at " + edit.site };
  let end = start;
  while (end < site[1] && (lines[end].search(/\S/) >= indent[1].length || lines[end].trim() === "")) end++;
  while (end > start && lines[end - 1].trim() === "") end--;
  const status = edit.status ? ", status: " + edit.status : "";
  lines.splice(end, 0, indent[1] + "- {id: " + edit.phase + ", capacity: " + JSON.stringify(edit.capacity)
    + ", construction_start: " + edit.constructionStart + ", energized: " + edit.energized + status + "}");
  return { text: lines.join("\n") };
}

// ---------------------------------------------------------------- the fleet view's cohorts and the forms
async function loadCohorts(runId) {
  if (formState.runId === runId) return formState.cohorts;
  const result = await api("GET", "/api/v1/runs/" + runId + "/cohorts");
  formState.runId = runId;
  formState.cohorts = result.ok ? result.json.cohorts : [];
  return formState.cohorts;
}
// Accelerators in service at the end of each year, per cohort: installed on or before 31 December, retiring after.
function inServiceByYear(cohort, years) {
  return years.map((y) => (cohort.installed <= y + "-12-31" && cohort.retires > y + "-12-31" ? cohort.count : 0));
}
function drawCohorts(cohorts, site, years) {
  const shown = cohorts.filter((c) => site === null || c.site === site);
  const columns = ["site", "cohort", "accelerator", "Accelerators", "installed", "retires"];
  $("cohort-table").innerHTML = shown.length
    ? htmlTable(columns, shown.map((c) => [c.site, c.id, c.accelerator, format(c.count), c.installed, c.retires]), "cohorts")
    : '<p class="muted">No cohorts' + (site === null ? "" : " at " + escapeHtml(site)) + ".</p>";
  $("cohort-chart").hidden = shown.length === 0 || years.length === 0;
  if (shown.length && years.length) {
    annualChart("cohorts", $("cohort-chart"), (site ?? "Whole fleet") + ": accelerators in service at year end, by cohort", years,
      shown.map((c) => c.id + " (" + c.accelerator + ")"), shown.map((c) => inServiceByYear(c, years)), "", shown.length);
  }
}
function option(select, value, label) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  select.appendChild(o);
  return o;
}
// Called by the fleet view when a site is chosen (null: the whole fleet).
async function fillEditForms(site) {
  const cohorts = await loadCohorts(state.tablesRunId ?? state.runId);
  const years = yearsOf(state.tables.annual_by_site);
  drawCohorts(cohorts, site, years);
  const cohortSelect = $("cohort-choice");
  const likeSelect = $("new-cohort-like");
  cohortSelect.innerHTML = "";
  likeSelect.innerHTML = "";
  for (const c of cohorts.filter((c) => site === null || c.site === site)) {
    const o = option(cohortSelect, c.id, c.site + " / " + c.id + " (" + c.accelerator + ")");
    o.dataset.count = c.count;
    o.dataset.installed = c.installed;
  }
  for (const c of cohorts) option(likeSelect, c.id, c.id + " (" + c.accelerator + ", " + c.site + ")");
  cohortChosen();
  const siteSelect = $("new-cohort-site");
  const phaseSite = $("new-phase-site");
  siteSelect.innerHTML = "";
  phaseSite.innerHTML = "";
  for (const s of [...new Set(state.tables.annual_by_site.rows.map((r) => r[state.tables.annual_by_site.columns.indexOf("site")]))]) {
    option(siteSelect, s, s);
    option(phaseSite, s, s);
  }
  if (site !== null) { siteSelect.value = site; phaseSite.value = site; }
  const workloads = $("workload-choice");
  workloads.innerHTML = "";
  const byWorkload = state.tables.annual_by_workload;
  if (byWorkload) {
    const col = (n) => byWorkload.columns.indexOf(n);
    const kinds = new Map(byWorkload.rows.map((r) => [r[col("workload")], r[col("kind")]]));
    for (const [w, kind] of kinds) if (kind !== "training") option(workloads, w, w + (kind ? " (" + kind + ")" : ""));
  }
}
function cohortChosen() {
  const o = $("cohort-choice").selectedOptions[0];
  $("cohort-count").value = o ? o.dataset.count : "";
  $("cohort-installed").value = o ? o.dataset.installed : "";
}
function formMessage() { return $("forms-message"); }
function submitCohort(event) {
  event.preventDefault();
  const o = $("cohort-choice").selectedOptions[0];
  if (!o) { formMessage().textContent = "no cohort to change"; return; }
  const edit = { cohort: o.value };
  if ($("cohort-count").value.trim() !== o.dataset.count) edit.count = $("cohort-count").value.trim();
  if ($("cohort-installed").value !== o.dataset.installed) edit.installed = $("cohort-installed").value;
  saveEditAndRun((text) => editCohort(text, edit), formMessage(), $("forms-diff"));
}
function submitNewCohort(event) {
  event.preventDefault();
  const edit = { like: $("new-cohort-like").value, id: $("new-cohort-id").value.trim(), site: $("new-cohort-site").value,
    count: $("new-cohort-count").value.trim(), installed: $("new-cohort-installed").value };
  if (!edit.id || !edit.count || !edit.installed) { formMessage().textContent = "a new cohort needs an id, a count and an installation date"; return; }
  saveEditAndRun((text) => addCohort(text, edit), formMessage(), $("forms-diff"));
}
function submitDemand(event) {
  event.preventDefault();
  const factor = Number($("demand-factor").value);
  if (!(factor > 0)) { formMessage().textContent = "the factor must be a positive number, e.g. 1.2"; return; }
  saveEditAndRun((text) => scaleDemand(text, { workload: $("workload-choice").value, factor }), formMessage(), $("forms-diff"));
}
function submitPhase(event) {
  event.preventDefault();
  const edit = { site: $("new-phase-site").value, phase: $("new-phase-id").value.trim(), capacity: $("new-phase-capacity").value.trim(),
    constructionStart: $("new-phase-start").value, energized: $("new-phase-energized").value, status: $("new-phase-status").value };
  if (!edit.phase || !edit.capacity || !edit.constructionStart || !edit.energized) {
    formMessage().textContent = "a new phase needs an id, a capacity and both dates";
    return;
  }
  saveEditAndRun((text) => addPhase(text, edit), formMessage(), $("forms-diff"));
}
function startForms() {
  $("cohort-choice").addEventListener("change", cohortChosen);
  $("cohort-form").addEventListener("submit", submitCohort);
  $("new-cohort-form").addEventListener("submit", submitNewCohort);
  $("demand-form").addEventListener("submit", submitDemand);
  $("phase-form").addEventListener("submit", submitPhase);
}
