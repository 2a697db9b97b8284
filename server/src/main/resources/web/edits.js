// Scenario edits for people: forms for the common changes (move or resize a phase, change a site's grid limit),
// applied to the scenario's YAML line by line so comments and layout stay; every save is a new version, shown
// as a readable diff against the version the run used, and run at once as a what-if compared with that run.
"use strict";
// The lines of a list item `- id: <id>` (block or flow style) at any depth: [first, end) line indexes.
function itemLines(lines, id, from, to) {
  const pattern = new RegExp("^(\\s*)- (\\{\\s*)?id:\\s*[\"']?" + id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "[\"']?\\s*([,}#]|$)");
  for (let i = from; i < to; i++) {
    const hit = lines[i].match(pattern);
    if (!hit) continue;
    const indent = hit[1].length;
    let end = i + 1;
    while (end < to && (lines[end].trim() === "" || lines[end].trim().startsWith("#") || lines[end].search(/\S/) > indent + 1)) end++;
    return [i, end];
  }
  return null;
}
// Sets `key: value` inside the item's lines (in a flow map on the item's line, or as its own line).
function setKey(lines, [first, end], key, value) {
  const pattern = new RegExp("(\\b" + key + ":\\s*)(\"[^\"]*\"|'[^']*'|[^,}#\\s][^,}#]*?)(\\s*[,}#]|\\s*$)");
  for (let i = first; i < end; i++) {
    if (pattern.test(lines[i])) {
      lines[i] = lines[i].replace(pattern, (m, head, old, tail) => head + value + tail);
      return true;
    }
  }
  return false;
}
// The scenario's text with one phase's dates or capacity, or one site's grid limit, changed; or the reason not.
function editScenario(text, edit) {
  const lines = text.split("\n");
  const site = itemLines(lines, edit.site, 0, lines.length);
  if (!site) return { error: "site " + edit.site + " not found in the scenario" };
  if (edit.gridLimit) {
    if (!setKey(lines, site, "grid_limit", JSON.stringify(edit.gridLimit))) return { error: "site " + edit.site + " has no grid_limit line to change" };
  }
  if (edit.phase) {
    const phase = itemLines(lines, edit.phase, site[0] + 1, site[1]);
    if (!phase) return { error: "phase " + edit.phase + " not found in site " + edit.site };
    for (const [key, value] of [["capacity", edit.capacity && JSON.stringify(edit.capacity)], ["construction_start", edit.constructionStart], ["energized", edit.energized]]) {
      if (value && !setKey(lines, phase, key, value)) return { error: "phase " + edit.phase + " has no " + key + " to change" };
    }
  }
  return { text: lines.join("\n") };
}
// A line diff (longest common subsequence): each changed line with one line of context, numbered as in the new text.
function lineDiff(before, after) {
  const a = before.split("\n"), b = after.split("\n");
  const n = a.length, m = b.length;
  const common = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  const out = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { out.push({ kind: " ", text: a[i], line: j + 1 }); i++; j++; }
    else if (i < n && (j === m || common[i + 1][j] >= common[i][j + 1])) { out.push({ kind: "-", text: a[i], line: null }); i++; }
    else { out.push({ kind: "+", text: b[j], line: j + 1 }); j++; }
  }
  return out.filter((d, k) => d.kind !== " " || (out[k - 1] && out[k - 1].kind !== " ") || (out[k + 1] && out[k + 1].kind !== " "));
}
function showDiff(box, diff, title) {
  box.innerHTML = "";
  const head = document.createElement("div");
  head.className = "diff-title";
  head.textContent = title;
  const pre = document.createElement("pre");
  pre.className = "diff";
  for (const d of diff) {
    const span = document.createElement("span");
    span.className = d.kind === "+" ? "added" : d.kind === "-" ? "removed" : "context";
    span.textContent = d.kind + " " + (d.line ? String(d.line).padStart(4) : "    ") + "  " + d.text + "\n";
    pre.appendChild(span);
  }
  box.append(head, pre);
}
// The form in the fleet view, filled from the run's phases and sites (the selected site first).
function fillWhatIf(site) {
  const phases = state.tables.phases;
  const select = $("whatif-phase");
  select.innerHTML = "";
  if (phases) {
    const col = (name) => phases.columns.indexOf(name);
    for (const r of phases.rows.filter((r) => site === null || r[col("site")] === site)) {
      const o = document.createElement("option");
      o.value = r[col("site")] + "/" + r[col("phase")];
      o.textContent = r[col("site")] + " / " + r[col("phase")];
      o.dataset.energized = r[col("energized")];
      o.dataset.start = r[col("construction_start")];
      o.dataset.capacity = withUnit(r[col("capacity_mw")], "MW").replace(/,/g, "");
      select.appendChild(o);
    }
  }
  phaseChosen();
}
function phaseChosen() {
  const o = $("whatif-phase").selectedOptions[0];
  $("whatif-start").value = o ? o.dataset.start : "";
  $("whatif-energized").value = o ? o.dataset.energized : "";
  $("whatif-capacity").value = o ? o.dataset.capacity : "";
}
// Edits the scenario version the run on screen used, stores the result as the next version, shows the diff and
// runs it; the what-if run is compared with the base run when it succeeds (app.js, onProgress).
async function saveEditAndRun(transform, message, diffBox) {
  const base = (await api("GET", "/api/v1/runs/" + (state.tablesRunId ?? state.runId))).json;
  if (!base || base.scenario_id === null) { message.textContent = "this run has no stored scenario to edit"; return; }
  const version = await api("GET", "/api/v1/scenarios/" + base.scenario_id + "/versions/" + base.scenario_version);
  if (!version.ok) { message.textContent = errorText(version); return; }
  const edited = transform(version.json.text);
  if (edited.error) { message.textContent = edited.error; return; }
  if (edited.text === version.json.text) { message.textContent = "nothing changed"; return; }
  const saved = await api("PUT", "/api/v1/scenarios/" + base.scenario_id, edited.text);
  if (!saved.ok) {
    message.textContent = errorText(saved) + ": " + ((saved.json && saved.json.error.problems) || []).map((p) => p.path + ": " + p.message).join("; ");
    return;
  }
  showDiff(diffBox, lineDiff(version.json.text, edited.text), base.scenario_name + ": v" + base.scenario_version + " → v" + saved.json.version);
  const run = await api("POST", "/api/v1/scenarios/" + base.scenario_id + "/runs?version=" + saved.json.version);
  if (!run.ok) { message.textContent = errorText(run); return; }
  message.textContent = "what-if run #" + run.json.id + " of v" + saved.json.version + " started; it is compared with run #" + base.id + " when it ends";
  state.whatIf = { base: base.id, run: run.json.id, diffBox };
  loadScenarios();
  loadRuns();
  watch(run.json.id);
}

function runWhatIf(event) {
  event.preventDefault();
  const [site, phase] = $("whatif-phase").value.split("/");
  const o = $("whatif-phase").selectedOptions[0];
  const edit = { site, phase };
  if ($("whatif-energized").value !== o.dataset.energized) edit.energized = $("whatif-energized").value;
  if ($("whatif-start").value !== o.dataset.start) edit.constructionStart = $("whatif-start").value;
  if ($("whatif-capacity").value.trim() !== o.dataset.capacity) edit.capacity = $("whatif-capacity").value.trim();
  if ($("whatif-grid").value.trim()) edit.gridLimit = $("whatif-grid").value.trim();
  saveEditAndRun((text) => editScenario(text, edit), $("whatif-message"), $("whatif-diff"));
}
// The editor's "Changes" button: the open scenario's version against the one before it.
async function showVersionDiff() {
  const box = $("version-diff");
  if (state.scenarioId === null || !state.version || state.version < 2) { box.textContent = "no earlier version"; return; }
  const path = "/api/v1/scenarios/" + state.scenarioId + "/versions/";
  const [before, after] = await Promise.all([api("GET", path + (state.version - 1)), api("GET", path + state.version)]);
  if (!before.ok || !after.ok) { box.textContent = errorText(before.ok ? after : before); return; }
  showDiff(box, lineDiff(before.json.text, after.json.text), after.json.name + ": v" + (state.version - 1) + " → v" + state.version);
}
