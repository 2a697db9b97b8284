// The fleet view: the sites on a map (Natural Earth countries, shipped in atlas/), a table of sites, each site's
// phases on a timeline and its capacity against its peak power and grid limit per year. Click a site to drill in.
"use strict";
// Where a site is drawn: the approximate centre of its grid region (scenarios give regions, not coordinates).
// Sites that share a region are spread on a small circle around it. Degrees latitude, longitude.
const REGION_CENTRES = {
  "US": [39.8, -98.6], "US-AZ": [34.3, -111.7], "US-GA": [32.7, -83.4], "US-IL": [40.0, -89.2], "US-IA": [42.0, -93.5],
  "US-TX": [31.5, -99.3], "US-VA": [37.5, -78.8], "US-WA": [47.4, -120.5], "US-WY": [43.0, -107.5], "US-OR": [44.0, -120.5],
  "US-NE": [41.5, -99.8], "US-OH": [40.3, -82.8], "US-NM": [34.4, -106.1], "US-UT": [39.3, -111.7], "US-AL": [32.8, -86.8],
  "US-NC": [35.5, -79.4], "US-SC": [33.9, -80.9], "US-TN": [35.9, -86.4], "US-LA": [31.1, -92.0], "AU": [-25.7, 134.5],
  "DK": [56.0, 9.3], "FI": [64.5, 26.0], "IN": [22.9, 79.6], "ID": [-2.5, 118.0], "IE": [53.2, -8.1], "MX": [23.9, -102.5],
  "NL": [52.2, 5.5], "SE": [62.8, 16.7], "SG": [1.35, 103.8], "DE": [51.1, 10.4], "GB": [54.0, -2.5], "CN": [35.0, 103.8],
  "JP": [36.5, 138.0], "US-NW-BPAT": [45.5, -120.5], "US-MIDW-MISO": [41.5, -90.0], "US-CENT-SWPP": [37.0, -98.0],
  "US-MIDA-PJM": [39.5, -78.0], "US-TEX-ERCO": [31.0, -98.5], "DK-DK1": [56.0, 9.0],
};
// A phase's status as the scenario gives it (docs/scenario.md): live, under construction or planned.
const PHASE_COLORS = { live: "#17803d", under_construction: "#9a6700", planned: "#7a3fd1" };
const SVG_NS = "http://www.w3.org/2000/svg";
let atlas = null;
async function loadAtlas() {
  if (atlas) return atlas;
  const response = await fetch("/atlas/countries-110m.json");
  atlas = response.ok ? await response.json() : { arcs: [], objects: { countries: { geometries: [] } }, transform: { scale: [1, 1], translate: [0, 0] } };
  return atlas;
}
// TopoJSON (quantized, delta-encoded arcs) to rings of [longitude, latitude].
function topoRings(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = (indexes) => {
    const points = [];
    for (const i of indexes) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  };
  const rings = [];
  for (const g of topology.objects.countries.geometries) {
    const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    for (const polygon of polygons) for (const r of polygon) rings.push(ring(r));
  }
  return rings;
}
function svg(tag, attributes, parent) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}
// Each site's latest year of annual_by_site, in the table's site order.
function siteSummaries(bySite) {
  const col = (name) => bySite.columns.indexOf(name);
  const latest = new Map();
  for (const row of bySite.rows) {
    const site = row[col("site")];
    if (!latest.has(site) || latest.get(site)[col("year")] <= row[col("year")]) latest.set(site, row);
  }
  return [...latest.entries()].map(([site, row]) => ({
    site, region: row[col("region")], year: row[col("year")], capacityMw: row[col("capacity_mw")] ?? 0,
    peakMw: row[col("peak_power_mw")] ?? 0, gridLimitMw: row[col("grid_limit_mw")] ?? 0,
    hoursOver: row[col("hours_over_grid_limit")] ?? 0, electricityMwh: row[col("electricity_mwh")] ?? 0,
  }));
}
function sitePositions(sites) {
  const byRegion = {};
  for (const s of sites) (byRegion[s.region] = byRegion[s.region] || []).push(s);
  const placed = [];
  for (const [region, group] of Object.entries(byRegion)) {
    const centre = REGION_CENTRES[region];
    if (!centre) continue;
    group.forEach((s, i) => {
      const angle = (2 * Math.PI * i) / group.length;
      const spread = group.length > 1 ? 1.6 : 0;
      placed.push({ s, lat: centre[0] + spread * Math.sin(angle), lon: centre[1] + spread * Math.cos(angle) });
    });
  }
  return placed;
}
async function drawMap(sites) {
  const map = $("fleet-map");
  map.innerHTML = "";
  const placed = sitePositions(sites);
  const width = Math.max(320, map.clientWidth || 640), height = 300;
  map.setAttribute("viewBox", "0 0 " + width + " " + height);
  const lats = placed.map((p) => p.lat), lons = placed.map((p) => p.lon);
  let [south, north] = [Math.min(...lats, 90), Math.max(...lats, -90)];
  let [west, east] = [Math.min(...lons, 180), Math.max(...lons, -180)];
  if (!placed.length) { [south, north, west, east] = [-60, 80, -180, 180]; }
  const midLat = (south + north) / 2, cos = Math.cos((midLat * Math.PI) / 180);
  const lonSpan = Math.max(east - west + 16, 40), latSpan = Math.max(north - south + 10, 20);
  const k = Math.min(width / (lonSpan * cos), height / latSpan);
  const x = (lon) => width / 2 + (lon - (west + east) / 2) * cos * k;
  const y = (lat) => height / 2 - (lat - midLat) * k;
  const land = svg("g", { class: "land" }, map);
  for (const ring of topoRings(await loadAtlas())) {
    let d = "", previous = null;
    for (const [lon, lat] of ring) {
      d += (previous === null || Math.abs(lon - previous) > 180 ? "M" : "L") + x(lon).toFixed(1) + "," + y(lat).toFixed(1);
      previous = lon;
    }
    svg("path", { d: d + "Z" }, land);
  }
  const largest = Math.max(1, ...sites.map((s) => s.capacityMw));
  for (const { s, lat, lon } of placed) {
    const g = svg("g", { class: "site-marker", "data-site": s.site, tabindex: "0", role: "button", "aria-label": "site " + s.site }, map);
    svg("circle", { cx: x(lon), cy: y(lat), r: 4 + 10 * Math.sqrt(s.capacityMw / largest) }, g);
    svg("text", { x: x(lon) + 8, y: y(lat) - 8 }, g).textContent = s.site;
    svg("title", {}, g).textContent = s.site + " (" + s.region + "): " + withUnit(s.capacityMw, "MW") + " capacity in " + s.year;
    g.addEventListener("click", () => selectSite(s.site));
    g.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); selectSite(s.site); } });
  }
  map.dataset.sites = placed.map((p) => p.s.site).join("|");
}
function drawSiteList(sites) {
  const box = $("site-list");
  const columns = ["site", "region", "year", "Capacity (MW)", "Peak power (MW)", "Grid limit (MW)", "Hours over grid limit", "Electricity (MWh)"];
  box.innerHTML = htmlTable(columns, [["whole fleet", "", "", "", "", "", "", ""]].concat(sites.map((s) =>
    [s.site, s.region, String(s.year), format(s.capacityMw), format(s.peakMw), format(s.gridLimitMw), format(s.hoursOver), format(s.electricityMwh)])), "sites");
  box.querySelectorAll("tbody tr").forEach((tr, i) => {
    const site = i === 0 ? null : sites[i - 1].site;
    tr.tabIndex = 0;
    tr.dataset.site = site ?? "";
    tr.addEventListener("click", () => selectSite(site));
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") selectSite(site); });
  });
}
// Phases as bars: construction (light) from its start to energizing, then energized (solid) to the horizon's end.
function drawTimeline(phases, site, endYear, box = $("phase-timeline")) {
  box.innerHTML = "";
  const col = (name) => phases.columns.indexOf(name);
  const rows = phases.rows.filter((r) => site === null || r[col("site")] === site);
  const toYear = (text) => { const d = new Date(text + "T00:00:00Z"); return d.getUTCFullYear() + (d - Date.UTC(d.getUTCFullYear(), 0, 1)) / (365.25 * 864e5); };
  const first = Math.floor(Math.min(endYear - 1, ...rows.map((r) => toYear(r[col("construction_start")]))));
  const width = Math.max(320, box.clientWidth || 640), label = 160, rowPx = 16, height = 24 + rows.length * rowPx;
  box.setAttribute("viewBox", "0 0 " + width + " " + height);
  box.setAttribute("height", height);
  const x = (year) => label + ((year - first) / (endYear - first)) * (width - label - 10);
  const every = Math.max(1, Math.ceil((endYear - first) / 10));
  const ticks = [];
  for (let year = first; year <= endYear; year += every) {
    svg("line", { x1: x(year), x2: x(year), y1: 16, y2: height, class: "grid" }, box);
    svg("text", { x: x(year), y: 12, "text-anchor": "middle" }, box).textContent = String(year);
    ticks.push(String(year));
  }
  box.dataset.xTicks = ticks.join("|");
  rows.forEach((r, i) => {
    const top = 20 + i * rowPx;
    const start = toYear(r[col("construction_start")]), energized = toYear(r[col("energized")]);
    const status = String(r[col("status")] ?? "");
    const g = svg("g", { class: "phase", "data-site": r[col("site")], "data-phase": r[col("phase")] }, box);
    svg("text", { x: 4, y: top + 10 }, g).textContent = (site === null ? r[col("site")] + " / " : "") + r[col("phase")];
    svg("rect", { x: x(Math.max(first, start)), y: top, width: Math.max(1, x(Math.min(energized, endYear)) - x(Math.max(first, start))), height: rowPx - 4, class: "construction" }, g);
    if (energized < endYear) svg("rect", { x: x(energized), y: top, width: x(endYear) - x(energized), height: rowPx - 4, fill: PHASE_COLORS[status] || "#1f5fd6" }, g);
    svg("title", {}, g).textContent = r[col("phase")] + ": " + withUnit(r[col("capacity_mw")], "MW") + ", construction from " + r[col("construction_start")] + ", energized " + r[col("energized")] + (status ? " (" + status + ")" : "");
  });
}
// Capacity against peak power and grid limit per year: one site, or the sums over the fleet.
function drawCapacity(bySite, site) {
  const col = (name) => bySite.columns.indexOf(name);
  const rows = bySite.rows.filter((r) => site === null || r[col("site")] === site);
  const years = [...new Set(rows.map((r) => r[col("year")]))].sort((a, b) => a - b);
  const sum = (name) => years.map((y) => rows.filter((r) => r[col("year")] === y).reduce((t, r) => t + (r[col(name)] ?? 0), 0));
  const suffix = site === null ? " (sum over sites)" : "";
  annualChart("capacity", $("capacity-chart"), (site ?? "Whole fleet") + ": capacity, peak power and grid limit (MW)", years,
    ["capacity" + suffix, "peak power" + suffix, "grid limit" + suffix], [sum("capacity_mw"), sum("peak_power_mw"), sum("grid_limit_mw")], "MW");
}
function selectSite(site) {
  state.site = site;
  $("site-title").textContent = site === null ? "Whole fleet" : "Site " + site;
  document.querySelectorAll("#site-list tbody tr").forEach((tr) => tr.classList.toggle("selected", tr.dataset.site === (site ?? "")));
  document.querySelectorAll("#fleet-map .site-marker").forEach((g) => g.classList.toggle("selected", g.dataset.site === site));
  const bySite = state.tables.annual_by_site;
  const years = bySite.rows.map((r) => r[bySite.columns.indexOf("year")]);
  if (state.tables.phases) drawTimeline(state.tables.phases, site, Math.max(...years) + 1);
  drawCapacity(bySite, site);
  fillWhatIf(site);
  fillEditForms(site);
}
async function showFleet() {
  const bySite = state.tables && state.tables.annual_by_site;
  $("fleet").hidden = !bySite;
  $("fleet-empty").hidden = !!bySite;
  if (!bySite) return;
  const sites = siteSummaries(bySite);
  drawSiteList(sites);
  await drawMap(sites);
  selectSite(state.site !== undefined && sites.some((s) => s.site === state.site) ? state.site : null);
}
