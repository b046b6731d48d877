"use strict";
// vizlog project page: every run in a table (sort, filter, column chooser, group by a config key);
// selected runs' metrics overlaid in every panel, one stable colour per run.
(function () {
  const Vz = window.Vz, el = Vz.el;
  const DATA = Vz.data();
  const runs = DATA.runs;
  // A path vizlog computed (run folder relative to this page): every segment encoded, so no
  // segment can become a scheme, a query or a fragment.
  const rel = p => String(p).split("/").map(x => x === ".." ? x : encodeURIComponent(x)).join("/");
  const metrics = {};          // run dir -> {key: [[step, y]]}
  const selected = new Set();
  const assigned = new Map();  // selected run dir -> its colour (see colorOf)
  const PAGE = 200;  // rows in the DOM at a time ("show more" adds the next ones)
  const st = { sort: "started_at", desc: true, filter: "", group: "", cols: [], shown: PAGE };
  st.cols = [...DATA.config_keys.slice(0, 4).map(k => "config:" + k), ...DATA.summary_keys.slice(0, 4).map(k => "summary:" + k)];

  const h = document.getElementById("head");
  h.append(el("h1", { text: DATA.root }), el("div", { class: "meta", text: runs.length + " runs · select runs to overlay their metrics" }));

  // ----- columns ---------------------------------------------------------------------------
  const BASE = [["name", "name"], ["state", "state"], ["started_at", "start"], ["duration", "duration"], ["steps", "steps"], ["tags", "tags"]];
  function value(r, col) {
    if (col.startsWith("config:")) return r.config[col.slice(7)];
    if (col.startsWith("summary:")) return r.summary[col.slice(8)];
    if (col === "tags") return (r.tags || []).join(", ");
    return r[col];
  }
  function label(col) { return col.startsWith("config:") ? col.slice(7) : col.startsWith("summary:") ? col.slice(8) : (BASE.find(b => b[0] === col) || [col, col])[1]; }
  function show(r, col) {
    const v = value(r, col);
    if (col === "started_at") return Vz.time(v);
    if (col === "duration") return Vz.duration(v);
    return Vz.fmt(v);
  }
  function cmp(a, b) {
    const na = a === null || a === undefined || a === "", nb = b === null || b === undefined || b === "";
    if (na || nb) return na - nb;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  }

  // ----- tools -----------------------------------------------------------------------------
  const tools = document.getElementById("run-tools");
  const filter = el("input", { type: "search", class: "filter", id: "run-filter", placeholder: "filter runs (name, tags, config…)", "aria-label": "filter runs" });
  filter.addEventListener("input", () => { st.filter = filter.value.toLowerCase(); st.shown = PAGE; drawTable(); });
  const group = el("select", { id: "group-by", "aria-label": "group by" }, [el("option", { value: "", text: "no grouping" }), ...DATA.config_keys.map(k => el("option", { value: k, text: k }))]);
  group.addEventListener("change", () => { st.group = group.value; drawTable(); });
  const chooser = el("details", { class: "chooser" }, [el("summary", { text: "columns" })]);
  const chooserBody = el("div", { class: "chooser-body" });
  chooser.appendChild(chooserBody);
  for (const [kind, keys] of [["config", DATA.config_keys], ["summary", DATA.summary_keys]]) {
    chooserBody.appendChild(el("div", { class: "note", text: kind }));
    for (const k of keys) {
      const id = kind + ":" + k;
      const cb = el("input", { type: "checkbox", checked: st.cols.includes(id) ? "" : null, "data-col": id });
      cb.addEventListener("change", () => { st.cols = cb.checked ? [...st.cols, id] : st.cols.filter(c => c !== id); drawTable(); });
      chooserBody.appendChild(el("label", { class: "legend-item" }, [cb, el("span", { text: k })]));
    }
  }
  const count = el("span", { class: "note" });
  tools.append(filter, el("label", {}, ["group by ", group]), chooser, count);

  // ----- table -----------------------------------------------------------------------------
  const holder = document.getElementById("run-table");
  function searchText(r) {
    if (!r._text) r._text = [r.name, r.id, r.state, r.group, ...(r.tags || []), ...Object.entries(r.config).map(([k, v]) => k + "=" + v)].join(" ").toLowerCase();
    return r._text;
  }
  function drawTable() {
    const cols = [...BASE.map(b => b[0]), ...st.cols];
    let view = runs.filter(r => !st.filter || searchText(r).includes(st.filter));
    const sign = st.desc ? -1 : 1;
    view = view.map((r, i) => [r, i]).sort((a, b) => (st.group ? cmp(value(a[0], "config:" + st.group), value(b[0], "config:" + st.group)) : 0) || sign * cmp(value(a[0], st.sort), value(b[0], st.sort)) || a[1] - b[1]).map(x => x[0]);
    count.textContent = view.length + " of " + runs.length + " runs · " + selected.size + " selected";
    const head = el("tr", {}, [el("th", { text: "" }), ...cols.map(c => {
      const th = el("th", { "data-col": c, title: c.includes(":") ? c : label(c) }, [el("span", { text: label(c) }), el("span", { class: "arrow", text: st.sort === c ? (st.desc ? " ▼" : " ▲") : "" })]);
      th.addEventListener("click", () => { st.desc = st.sort === c ? !st.desc : false; st.sort = c; drawTable(); });
      return th;
    })]);
    const body = el("tbody");
    let lastGroup;
    const groupCounts = new Map();
    if (st.group) for (const r of view) { const g = Vz.fmt(value(r, "config:" + st.group)); groupCounts.set(g, (groupCounts.get(g) || []).concat([r])); }
    for (const r of view.slice(0, st.shown)) {
      if (st.group) {
        const g = Vz.fmt(value(r, "config:" + st.group));
        if (g !== lastGroup) {
          lastGroup = g;
          const members = groupCounts.get(g);
          const gcb = el("input", { type: "checkbox", title: "select the group", checked: members.every(m => selected.has(m.dir)) ? "" : null });
          gcb.addEventListener("change", () => { for (const m of members) toggle(m, gcb.checked, true); drawTable(); update(); });
          body.appendChild(el("tr", { class: "group-row" }, [el("td", {}, [gcb]), el("td", { colspan: cols.length, text: st.group + " = " + g + " (" + members.length + " runs)" })]));
        }
      }
      const cb = el("input", { type: "checkbox", class: "run-select", "data-run": r.dir, checked: selected.has(r.dir) ? "" : null, "aria-label": "select run" });
      const sw = el("span", { class: "swatch" }); sw.style.background = colorOf(r);
      cb.addEventListener("change", () => { toggle(r, cb.checked); sw.style.background = colorOf(r); count.textContent = view.length + " of " + runs.length + " runs · " + selected.size + " selected"; });
      const cells = cols.map(c => {
        if (c === "name") {
          const link = r.page ? rel(DATA.run_data + "/run.html") + "?run=" + encodeURIComponent(r.dir) : null;
          return el("td", {}, [sw, " ", link ? el("a", { href: link, text: r.name || r.id }) : el("span", { text: r.name || r.id }), r.error ? el("div", { class: "note", text: r.error }) : null]);
        }
        if (c === "state") return el("td", {}, [el("span", { class: "state " + r.state, text: r.state })]);
        return el("td", { text: show(r, c) });
      });
      body.appendChild(el("tr", { "data-run": r.dir }, [el("td", {}, [cb]), ...cells]));
    }
    const more = view.length > st.shown ? el("button", { type: "button", class: "more", text: `show ${Math.min(PAGE, view.length - st.shown)} more of ${view.length - st.shown}` }) : null;
    if (more) more.addEventListener("click", () => { st.shown += PAGE; drawTable(); });
    const table = el("table", { class: "data runs" }, [el("thead", {}, [head]), body]);
    if (more) holder.replaceChildren(table, more); else holder.replaceChildren(table);
  }

  // ----- metrics overlay -------------------------------------------------------------------
  // viewer/runs/<run>.js: the run page's data (a data script, see core.js); its metrics here
  window.vizlogRunData = function (dir, d) { metrics[dir] = (d && d.scalars) || {}; };
  const dataOf = r => rel(DATA.run_data + "/" + r.dir + ".js");
  const state = { smoothing: 0, log: false, xaxis: "step", map: s => s, setX: () => {} };
  document.getElementById("toolbar").appendChild(Vz.chartControls(state, ["step"], () => panels.forEach(p => p.plot.draw())));
  const box = document.getElementById("scalars");
  let panels = [];
  // A selected run keeps one colour while it stays selected: its own (Vz.color) unless another
  // selected run has it, then the first one no selected run has; unselected rows show their own.
  function colorOf(r) {
    if (!selected.has(r.dir)) return Vz.color(r.dir);
    let c = assigned.get(r.dir);
    if (!c) {
      const used = new Set([...selected].map(d => assigned.get(d)).filter(Boolean));
      c = Vz.color(r.dir);
      if (used.has(c)) c = Vz.palette.find(p => !used.has(p)) || c;
      assigned.set(r.dir, c);
    }
    return c;
  }
  function toggle(r, on, quiet) {
    if (on) selected.add(r.dir); else { selected.delete(r.dir); assigned.delete(r.dir); }
    if (on && !metrics[r.dir]) {
      Vz.loadData(dataOf(r)).then(update, () => { metrics[r.dir] = {}; update(); });
    } else if (!quiet) update();
  }
  function update() {
    const sel = runs.filter(r => selected.has(r.dir) && metrics[r.dir]);
    const keys = [...new Set(sel.flatMap(r => Object.keys(metrics[r.dir])))].sort();
    const sections = [];
    panels = [];
    for (const [g, ks] of Vz.groupKeys(keys)) {
      const sec = Vz.section(g + " (" + ks.length + ")", null, true);
      const grid = el("div", { class: "grid" });
      sec.body.appendChild(grid);
      for (const k of ks) {
        const series = sel.filter(r => metrics[r.dir][k]).map(r => ({ name: r.name || r.id, color: colorOf(r), points: metrics[r.dir][k] }));
        const p = Vz.metricPanel(k, series, state);
        grid.appendChild(p.card);
        panels.push(p);
      }
      sections.push(sec.node);
    }
    box.replaceChildren(el("h2", { text: "Metrics of the selected runs" }), ...(sections.length ? sections : [el("div", { class: "note", text: "select runs in the table to overlay their metrics" })]));
    requestAnimationFrame(() => panels.forEach(p => p.plot.draw()));
    document.body.setAttribute("data-lines", String(panels.reduce((n, p) => n + p.plot.series.length, 0)));
  }

  function artifacts() {  // every artifact version and its lineage (vizlog/viewer/artifacts.py)
    if (!DATA.artifacts) return;
    const sec = el("section", { id: "artifacts" }, [el("h2", { text: "Artifacts" })]);
    sec.append(Vz.grid(["artifact", "type", "aliases", "files", "bytes", "logged by", "used by"],
      ["name:version", "str", "str", "int", "int", "run id", "run ids"],
      DATA.artifacts.map(r => [r.name + ":" + r.version, r.type, r.aliases.join(", "), r.files, r.bytes, r.logged_by || "", r.used_by.join(", ")])));
    document.getElementById("runs").after(sec);
  }

  artifacts();
  drawTable();
  const first = runs.filter(r => r.state !== "unreadable").slice().sort((a, b) => cmp(b.started_at, a.started_at)).slice(0, 3);
  Promise.all(first.map(r => new Promise(res => { selected.add(r.dir); Vz.loadData(dataOf(r)).then(res, () => { metrics[r.dir] = {}; res(); }); })))
    .then(() => { drawTable(); update(); if (DATA.watch) Vz.watch(DATA.watch.src, DATA.watch.version); document.body.setAttribute("data-ready", "1"); });
})();
