// A drawn chart as a file: PNG (the chart's own canvas with its title and legend) or SVG (redrawn as vectors from
// the chart's data, scales and tick labels). Both keep what the page shows: title, ticks, unit, series names.
"use strict";
const EXPORT_TITLE_PX = 28;
const EXPORT_LEGEND_PX = 22;
function exportSeries(u) {
  return u.series.slice(1).map((s, i) => ({ label: s.label, color: s.stroke ? (typeof s.stroke === "function" ? s.stroke(u, i + 1) : s.stroke) : "#000", data: u.data[i + 1], show: s.show !== false }))
    .filter((s) => s.show);
}
function exportTicks(u, axis) {
  const a = u.axes[axis];
  return (a._splits || []).map((v, i) => ({ v, label: (a._values || [])[i] ?? String(v) })).filter((t) => t.label !== null && t.label !== "");
}
function exportLegend(series) {
  let x = 8;
  return series.map((s) => { const at = x; x += 26 + 7 * s.label.length; return { at, s }; });
}
function chartPng(u, title) {
  const dpr = devicePixelRatio || 1;
  const source = u.ctx.canvas;
  const canvas = document.createElement("canvas");
  canvas.width = source.width;
  canvas.height = source.height + (EXPORT_TITLE_PX + EXPORT_LEGEND_PX) * dpr;
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(source, 0, EXPORT_TITLE_PX * dpr);
  ctx.fillStyle = "#1d2330";
  ctx.font = "bold " + Math.round(14 * dpr) + "px system-ui, sans-serif";
  ctx.textBaseline = "middle";
  ctx.fillText(title, 8 * dpr, (EXPORT_TITLE_PX / 2) * dpr);
  ctx.font = Math.round(12 * dpr) + "px system-ui, sans-serif";
  const y = canvas.height - (EXPORT_LEGEND_PX / 2) * dpr;
  for (const { at, s } of exportLegend(exportSeries(u))) {
    ctx.fillStyle = s.color;
    ctx.fillRect(at * dpr, y - 5 * dpr, 14 * dpr, 10 * dpr);
    ctx.fillStyle = "#1d2330";
    ctx.fillText(s.label, (at + 18) * dpr, y);
  }
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}
function chartSvg(u, title, unit) {
  const dpr = devicePixelRatio || 1;
  const left = u.bbox.left / dpr, top = u.bbox.top / dpr + EXPORT_TITLE_PX, w = u.bbox.width / dpr, h = u.bbox.height / dpr;
  const width = u.width, height = u.height + EXPORT_TITLE_PX + EXPORT_LEGEND_PX;
  const out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height + '" viewBox="0 0 ' + width + " " + height + '" font-family="system-ui, sans-serif" font-size="12">',
    '<rect width="100%" height="100%" fill="#fff"/>',
    '<text x="8" y="18" font-weight="bold" font-size="14">' + escapeHtml(title) + "</text>",
    '<rect x="' + left + '" y="' + top + '" width="' + w + '" height="' + h + '" fill="none" stroke="#c8ceda"/>'];
  for (const t of exportTicks(u, 1)) {
    const y = top + u.valToPos(t.v, "y");
    out.push('<line x1="' + left + '" x2="' + (left + w) + '" y1="' + y + '" y2="' + y + '" stroke="#eef0f4"/>');
    out.push('<text x="' + (left - 6) + '" y="' + (y + 4) + '" text-anchor="end">' + escapeHtml(t.label) + "</text>");
  }
  for (const t of exportTicks(u, 0)) {
    const x = left + u.valToPos(t.v, "x");
    out.push('<text x="' + x + '" y="' + (top + h + 16) + '" text-anchor="middle">' + escapeHtml(String(t.label).split("\n")[0]) + "</text>");
  }
  if (unit) out.push('<text transform="translate(12 ' + (top + h / 2) + ') rotate(-90)" text-anchor="middle">' + escapeHtml(unit) + "</text>");
  const xs = u.data[0];
  for (const s of exportSeries(u)) {
    const points = [];
    let segment = [];
    for (let i = 0; i < xs.length; i++) {
      if (s.data[i] === null || s.data[i] === undefined) { if (segment.length) points.push(segment); segment = []; continue; }
      segment.push((left + u.valToPos(xs[i], "x")).toFixed(1) + "," + (top + u.valToPos(s.data[i], "y")).toFixed(1));
    }
    if (segment.length) points.push(segment);
    for (const p of points) {
      out.push(p.length === 1
        ? '<circle cx="' + p[0].split(",")[0] + '" cy="' + p[0].split(",")[1] + '" r="4" fill="' + s.color + '"/>'
        : '<polyline fill="none" stroke-width="1.5" stroke="' + s.color + '" points="' + p.join(" ") + '"/>');
    }
  }
  const y = height - EXPORT_LEGEND_PX / 2;
  for (const { at, s } of exportLegend(exportSeries(u))) {
    out.push('<rect x="' + at + '" y="' + (y - 5) + '" width="14" height="10" fill="' + s.color + '"/>');
    out.push('<text x="' + (at + 18) + '" y="' + (y + 4) + '">' + escapeHtml(s.label) + "</text>");
  }
  out.push("</svg>");
  return out.join("\n");
}
function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url; a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
// PNG and SVG buttons above a chart; the file is named after the chart and the run.
function chartTools(element, u, title, unit, fileStem) {
  const bar = document.createElement("div");
  bar.className = "chart-tools";
  const png = document.createElement("button");
  png.type = "button"; png.textContent = "PNG"; png.className = "save-png"; png.title = "save this chart as PNG";
  png.addEventListener("click", async () => saveBlob(await chartPng(u, title), fileStem + ".png"));
  const svg = document.createElement("button");
  svg.type = "button"; svg.textContent = "SVG"; svg.className = "save-svg"; svg.title = "save this chart as SVG";
  svg.addEventListener("click", () => saveBlob(new Blob([chartSvg(u, title, unit)], { type: "image/svg+xml" }), fileStem + ".svg"));
  bar.append(png, svg);
  element.prepend(bar);
}
