// Numbers, units and names as the page writes them (shared by the charts, the cards and the tables).
"use strict";
// Units from a column's name (docs/serve.md: units are in the names): the axis label and the hover values.
const UNIT_SUFFIXES = [["_mwh", "MWh"], ["_mw", "MW"], ["_ml", "ML"], ["_m3", "m³"], ["_musd", "million USD"],
  ["_kg", "kgCO2e"], ["_t", "tCO2e"], ["_hours", "h"], ["_h", "h"], ["_pct", "%"]];
function unitOf(column) {
  const hit = UNIT_SUFFIXES.find(([suffix]) => column.endsWith(suffix));
  return hit ? hit[1] : "";
}
// A column's name for people: "water_withdrawal_ml" -> "Water withdrawal (ML)", "co2e_market_t" -> "CO2e market (tCO2e)".
function humanize(column) {
  const hit = UNIT_SUFFIXES.find(([suffix]) => column.endsWith(suffix));
  const bare = hit ? column.slice(0, -hit[0].length) : column;
  const words = bare.split("_").map((w) => ({ co2e: "CO2e", it: "IT", pue: "PUE", wue: "WUE", yoy: "year over year", opex: "opex", capex: "capex" })[w] || w).join(" ");
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  return hit ? text + " (" + hit[1] + ")" : text;
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
// A table cell: whole numbers with separators from 1000 up, four significant digits below.
function format(v) {
  return Math.abs(v) >= 1000 ? v.toLocaleString("en", { maximumFractionDigits: 0 }) : v.toLocaleString("en", { maximumSignificantDigits: 4 });
}
// A relative change as a signed percentage: 0.3401 -> "+34.0%".
function percent(change) {
  const text = (change * 100).toFixed(1) + "%";
  return change > 0 ? "+" + text : text.replace("-", "−");
}
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
// A table from columns and rows of already formatted text (escaped here).
function htmlTable(columns, rows, className) {
  const html = ["<table" + (className ? ' class="' + className + '"' : "") + "><thead><tr>"];
  for (const c of columns) html.push("<th>" + escapeHtml(c) + "</th>");
  html.push("</tr></thead><tbody>");
  for (const row of rows) {
    html.push("<tr>");
    for (const cell of row) html.push("<td>" + escapeHtml(cell) + "</td>");
    html.push("</tr>");
  }
  html.push("</tbody></table>");
  return html.join("");
}
