// The scenario editor: CodeMirror 5 (shipped in vendor/codemirror/, MIT) with YAML highlighting, the validate endpoint's
// problems marked in a gutter at their lines, and completion (Ctrl-Space) of keys and enum values from the
// scenario's JSON Schema (/scenario.schema.json, docs/scenario.schema.json) at the cursor's path. The textarea
// #text stays the text's home for the rest of the page: the editor writes every change back to it.
"use strict";
const editorState = { cm: null, schema: null, problemLines: [] };

function startEditor(onChange) {
  const cm = CodeMirror.fromTextArea($("text"), {
    mode: "yaml", lineNumbers: true, indentUnit: 2, tabSize: 2, indentWithTabs: false, lineWrapping: false,
    gutters: ["CodeMirror-linenumbers", "problems"], screenReaderLabel: "scenario YAML",
    extraKeys: {
      "Ctrl-Space": completeFromSchema,
      Tab: (editor) => editor.replaceSelection("  "), // YAML has no tabs
      Esc: (editor) => editor.getInputField().blur(), // leave the editor with the keyboard
    },
  });
  editorState.cm = cm;
  cm.on("change", () => { cm.save(); onChange(); });
  fetch("/scenario.schema.json").then((r) => (r.ok ? r.json() : null)).then((schema) => { editorState.schema = schema; });
}
function editorText() {
  return editorState.cm ? editorState.cm.getValue() : $("text").value;
}
function setEditorText(text) {
  if (editorState.cm) editorState.cm.setValue(text);
  else $("text").value = text;
}
// The problems' lines (1-based) in the gutter, and each such line shaded; the marks of the last check go first.
function markProblemLines(problems) {
  const cm = editorState.cm;
  if (!cm) return;
  cm.operation(() => {
    cm.clearGutter("problems");
    for (const line of editorState.problemLines) cm.removeLineClass(line - 1, "background", "problem-line");
    const byLine = new Map();
    for (const p of problems) if (p.line && p.line <= cm.lineCount()) byLine.set(p.line, (byLine.get(p.line) || []).concat(p.path + ": " + p.message));
    for (const [line, messages] of byLine) {
      const marker = document.createElement("span");
      marker.className = "problem-marker";
      marker.dataset.line = line;
      marker.title = messages.join("\n");
      marker.textContent = "●";
      cm.setGutterMarker(line - 1, "problems", marker);
      cm.addLineClass(line - 1, "background", "problem-line");
    }
    editorState.problemLines = [...byLine.keys()];
  });
}
function goToLine(line) {
  const cm = editorState.cm;
  if (!cm) return;
  cm.focus();
  cm.setSelection({ line: line - 1, ch: 0 }, { line: line - 1, ch: cm.getLine(line - 1).length });
  cm.scrollIntoView({ line: line - 1, ch: 0 }, 60);
}

// ---------------------------------------------------------------- completion from the schema
// The schema node a $ref names, followed to its end.
function schemaRef(schema, node) {
  let n = node;
  for (let i = 0; n && n.$ref && i < 20; i++) n = n.$ref.replace(/^#\//, "").split("/").reduce((o, k) => o && o[k], schema);
  return n || {};
}
// Every alternative of a node (oneOf, anyOf, allOf), each resolved: the shapes a value there may take.
function schemaShapes(schema, node) {
  const n = schemaRef(schema, node);
  const parts = [].concat(n.oneOf || [], n.anyOf || [], n.allOf || []);
  return [n].concat(...parts.map((p) => schemaShapes(schema, p)));
}
// The schema of a child: a property by name, an array's items, or a map's values.
function schemaChild(schema, node, key) {
  const out = [];
  for (const shape of schemaShapes(schema, node)) {
    if (shape.items) out.push(...schemaShapes(schema, shape.items).map((s) => schemaChild(schema, s, key)).flat());
    if (shape.properties && shape.properties[key]) out.push(shape.properties[key]);
    else if (shape.additionalProperties && typeof shape.additionalProperties === "object") out.push(shape.additionalProperties);
  }
  return out;
}
// The object schemas at a path of keys (array levels are passed through: a list's items take the list's key).
function schemaAt(schema, keys) {
  let nodes = [schema];
  for (const key of keys) nodes = nodes.flatMap((n) => schemaChild(schema, n, key));
  return nodes.flatMap((n) => schemaShapes(schema, n)).flatMap((s) => (s.items ? schemaShapes(schema, s.items) : [s]));
}
// Where the cursor is in a YAML text, as a list of keys from the top, and whether it is at a key or after "key: ".
// Block maps and lists by indentation, and flow maps ({a: 1, b: 2}) on the cursor's line.
function yamlContext(lines, lineNo, ch) {
  const before = lines[lineNo].slice(0, ch);
  const keyCol = (text) => { const m = text.match(/^(\s*)(- +)?/); return m[1].length + (m[2] ? m[2].length : 0); };
  const keys = [];
  let threshold;
  let valueOf = null;
  const open = before.lastIndexOf("{");
  if (open >= 0 && before.indexOf("}", open) < 0) {
    const pair = before.slice(open + 1).match(/(?:^|,)\s*([\w-]+):\s*([^,]*)$/);
    if (pair) valueOf = pair[1];
    const owner = before.slice(0, open).match(/^\s*(?:- +)?([\w-]+):\s*$/);
    if (owner) keys.push(owner[1]);
  } else {
    const pair = before.match(/^\s*(?:- +)?([\w-]+):\s+(\S*)$/);
    if (pair) valueOf = pair[1];
  }
  threshold = keyCol(before);
  // up the lines: each less indented line is an enclosing level, a bare "key:" its key
  for (let i = lineNo - 1; i >= 0 && threshold > 0; i--) {
    const line = lines[i];
    if (!line.trim() || line.trim().startsWith("#")) continue;
    const col = keyCol(line);
    if (col >= threshold) continue;
    const parent = line.match(/^\s*(?:- +)?([\w-]+):\s*(#.*)?$/);
    if (parent) keys.unshift(parent[1]);
    threshold = col;
  }
  return { keys, valueOf };
}
// Completions at the cursor: keys of the object there, or the enum values of the key before the cursor.
function schemaCompletions(schema, lines, lineNo, ch) {
  const { keys, valueOf } = yamlContext(lines, lineNo, ch);
  if (valueOf !== null) {
    const values = [];
    for (const node of schemaAt(schema, keys).flatMap((s) => (s.properties && s.properties[valueOf] ? schemaShapes(schema, s.properties[valueOf]) : []))) {
      if (node.enum) values.push(...node.enum.map(String));
      if (node.const !== undefined) values.push(String(node.const));
    }
    return { kind: "value", keys, options: [...new Set(values)].map((v) => ({ text: v, displayText: v })) };
  }
  const seen = new Map();
  for (const shape of schemaAt(schema, keys)) {
    for (const [name, node] of Object.entries(shape.properties || {})) {
      if (seen.has(name)) continue;
      const n = schemaRef(schema, node);
      const required = (shape.required || []).includes(name);
      seen.set(name, { text: name + ": ", displayText: name + (required ? " (required)" : "") + (n.description ? " — " + n.description : "") });
    }
  }
  return { kind: "key", keys, options: [...seen.values()] };
}
function completeFromSchema(cm) {
  if (!editorState.schema) return;
  cm.showHint({
    completeSingle: false,
    hint: (editor) => {
      const cursor = editor.getCursor();
      const line = editor.getLine(cursor.line);
      let start = cursor.ch;
      while (start > 0 && /[\w-]/.test(line.charAt(start - 1))) start--;
      const word = line.slice(start, cursor.ch);
      const found = schemaCompletions(editorState.schema, editor.getValue().split("\n"), cursor.line, start);
      const list = found.options.filter((o) => o.text.startsWith(word));
      $("editor").dataset.completionPath = found.keys.join(".");
      return { list, from: CodeMirror.Pos(cursor.line, start), to: CodeMirror.Pos(cursor.line, cursor.ch) };
    },
  });
}
