"use strict";
// vizlog run page: header, metric sections, media panels with step sliders, config, summary, files.
(function () {
  const Vz = window.Vz, el = Vz.el;
  performance.mark("vizlog-start");
  function missing() {
    document.getElementById("head").append(el("h1", { text: "This run's data is missing" }),
      el("div", { class: "note", text: "Build the pages again with: vizlog view FOLDER_OF_RUNS (or vizlog view RUN_FOLDER)" }));
    document.body.setAttribute("data-ready", "missing");
  }
  const isData = d => !!d && typeof d === "object" && !!d.run && !!d.scalars;
  // The page's data: embedded (a run's own index.html), or, for the run pages of a project
  // (viewer/runs/run.html?run=FOLDER), the data script FOLDER.js next to this page.
  const inline = Vz.data();
  if (isData(inline)) main(inline);
  else {
    // a run folder's name: never a path (no separator, not "." or "..")
    const run = new URLSearchParams(location.search).get("run");
    if (!run || /[\/\\]/.test(run) || run === "." || run === "..") missing();
    else Vz.loadData(encodeURIComponent(run) + ".js").then(() => isData(Vz.runData) ? main(Vz.runData) : missing(), missing);
  }

  function main(DATA) {
  Vz.base = DATA.base || "";
  document.title = String(DATA.run.name || DATA.run.id) + " - vizlog";

  function header() {
    const r = DATA.run;
    const h = document.getElementById("head");
    const title = el("h1", { text: r.name || r.id }, [el("span", { class: "state " + r.state, text: r.state })]);
    const bits = [r.project && "project " + r.project, "id " + r.id, r.group && "group " + r.group,
      r.job_type && "job " + r.job_type, r.rows + " steps", r.tags && r.tags.length ? "tags: " + r.tags.join(", ") : null,
      r.started_at ? "started " + Vz.time(r.started_at) : null,
      r.corruptions ? r.corruptions + " corrupt history records skipped" : null].filter(Boolean);
    h.append(title, el("div", { class: "meta", text: bits.join(" · ") }));
    if (r.notes) h.append(el("div", { class: "meta", text: r.notes }));
    if (DATA.project_link) h.prepend(el("a", { class: "up", href: DATA.project_link, text: "← all runs" }));
    for (const a of DATA.alerts || []) {
      h.append(el("div", { class: "alert " + String(a.level || "").toLowerCase() }, [
        el("strong", { text: String(a.title || "alert") }), " ", el("span", { text: String(a.text || "") })]));
    }
  }

  const state = { smoothing: 0, log: false, xaxis: "step", map: s => s, sync: false };
  const plots = [];
  state.setX = name => {
    if (name === "step") state.map = s => s;
    else if (DATA.xaxes && DATA.xaxes[name]) state.map = Vz.mapper(DATA.xaxes[name]);
    else if (DATA.scalars[name]) state.map = Vz.mapper(DATA.scalars[name].filter(p => p[1] !== null));
  };
  const redraw = () => plots.forEach(p => p.draw());

  function metrics() {
    const box = document.getElementById("scalars");
    const keys = Object.keys(DATA.scalars);
    if (!keys.length) { box.appendChild(el("div", { class: "note", text: "no numeric metrics" })); return; }
    const stepMetrics = [...new Set((DATA.metrics || []).map(m => m.step_metric).filter(m => typeof m === "string" && DATA.scalars[m]))].sort();
    const choices = ["step", ...Object.keys(DATA.xaxes || {}), ...stepMetrics];
    document.getElementById("toolbar").prepend(Vz.chartControls(state, choices, redraw));
    for (const [group, ks] of Vz.groupKeys(keys)) {
      const sec = Vz.section(group + " (" + ks.length + ")", null, true);
      sec.node.classList.add("metric-group");
      const grid = el("div", { class: "grid" });
      sec.body.appendChild(grid);
      for (const k of ks) {
        const pts = DATA.scalars[k];
        const total = (DATA.scalar_counts || {})[k] || pts.length;
        const note = total > pts.length ? `${total} points (${pts.length} drawn, extremes kept)` : null;
        const { card, plot } = Vz.metricPanel(k, [{ name: k, color: "#3564d4", points: pts }], state, note);
        grid.appendChild(card);
        plots.push(plot);
      }
      box.appendChild(sec.node);
      sec.node.addEventListener("toggle", () => { if (sec.node.open) redraw(); });
    }
    requestAnimationFrame(redraw);
    let t = null;
    window.addEventListener("resize", () => { clearTimeout(t); t = setTimeout(redraw, 120); });
  }

  const panels = [];
  function media() {
    const list = document.getElementById("media-list");
    const keys = Object.keys(DATA.media);
    if (!keys.length) { list.appendChild(el("div", { class: "note", text: "no media logged" })); return; }
    const sync = el("input", { type: "checkbox", id: "sync-steps" });
    sync.addEventListener("change", () => { state.sync = sync.checked; });
    document.getElementById("toolbar").appendChild(el("label", { class: "sync" }, [sync, " sync media steps"]));
    for (const k of keys) {
      const entry = DATA.media[k], steps = entry.steps;
      const body = el("div", { class: "items" });
      const label = el("span", { class: "steplabel" });
      const card = el("div", { class: "card media-key", id: "media-" + k, "data-key": k }, [el("h3", { text: k })]);
      const isHist = steps.some(s => s[1] && s[1].kind === "histogram");
      let mode = "step";
      const panel = { key: k, steps, slider: null, index: steps.length - 1 };
      const show = i => {
        panel.index = i;
        if (mode !== "step") { body.replaceChildren(Vz.histogramSteps(steps, mode)); label.textContent = `${steps.length} steps`; return; }
        body.replaceChildren(Vz.render(steps[i][1]));
        label.textContent = `step ${steps[i][0]} (${i + 1}/${steps.length})`;
      };
      panel.show = show;
      const tools = el("div", { class: "stepper" }, [label]);
      if (steps.length > 1) {
        const slider = el("input", { type: "range", min: 0, max: steps.length - 1, value: steps.length - 1, "aria-label": "step of " + k, class: "step-slider" });
        slider.addEventListener("input", () => {
          show(Number(slider.value));
          if (state.sync) syncTo(steps[Number(slider.value)][0], panel);
        });
        panel.slider = slider;
        tools.appendChild(slider);
      }
      if (isHist && steps.length > 1) {
        const sel = el("select", { "aria-label": "histogram view of " + k, class: "hist-mode" }, ["step", "overlay", "distribution"].map(m => el("option", { value: m, text: m === "step" ? "one step" : m })));
        sel.addEventListener("change", () => { mode = sel.value; if (panel.slider) panel.slider.disabled = mode !== "step"; show(panel.index); });
        tools.appendChild(sel);
      }
      card.appendChild(tools);
      if (entry.omitted) card.appendChild(el("div", { class: "note", text: `${entry.omitted} earlier steps not shown` }));
      card.appendChild(body);
      list.appendChild(card);
      show(steps.length - 1);
      panels.push(panel);
    }
  }
  // Move every other panel to its last logged step at or before `step`.
  function syncTo(step, from) {
    for (const p of panels) {
      if (p === from || !p.slider) continue;
      let best = 0;
      for (let i = 0; i < p.steps.length; i++) if (p.steps[i][0] <= step) best = i;
      if (best !== p.index) { p.slider.value = best; p.show(best); }
    }
  }

  const AGGS = ["min", "max", "mean", "last", "first", "best"];
  function readable(k, v) {
    if (v && typeof v === "object" && typeof v._type === "string" && v._type !== "float") {
      const a = el("a", { href: "#", text: v._type + " · show panel" });
      a.addEventListener("click", e => { e.preventDefault(); const t = document.getElementById("media-" + k); if (t) t.scrollIntoView(); });
      return DATA.media[k] ? a : el("span", { text: v._type });
    }
    if (v && typeof v === "object" && !Array.isArray(v) && v._type !== "float") {
      const ks = Object.keys(v);
      if (ks.length && ks.every(x => AGGS.includes(x))) return el("span", { text: ks.map(x => x + " " + Vz.fmt(v[x])).join(" · "), title: JSON.stringify(v) });
      return el("span", { class: "json", text: JSON.stringify(v, null, 1) });
    }
    if (Array.isArray(v)) return el("span", { text: v.map(Vz.fmt).join(", ") });
    return el("span", { text: Vz.fmt(v), title: typeof v === "number" ? String(v) : null });
  }
  function kv(target, obj) {
    const rows = Object.keys(obj).sort().map(k => el("tr", {}, [el("td", { text: k }), el("td", {}, [readable(k, obj[k])])]));
    document.getElementById(target).appendChild(rows.length ? el("table", { class: "kv" }, rows) : el("div", { class: "note", text: "(empty)" }));
  }
  function files() {
    const box = document.getElementById("files");
    const fs = DATA.files || [];
    if (!fs.length) { box.appendChild(el("div", { class: "note", text: "(none)" })); return; }
    box.appendChild(Vz.grid(["file", "bytes"], ["path", "size"], fs.map(([p, n]) => [p, n]), { note: DATA.files_total > fs.length ? `${DATA.files_total} files in the run, ${fs.length} listed` : null }));
  }

  function artifacts() {  // logged and used artifacts (vizlog/viewer/artifacts.py)
    const a = DATA.artifacts;
    if (!a) return;
    const box = el("div", { id: "artifacts" });
    document.getElementById("tables").append(el("h2", { text: "Artifacts" }), box);
    for (const [kind, who] of [["logged", "used by"], ["used", "logged by"]]) {
      if (!a[kind].length) continue;
      box.append(el("h3", { text: kind }), Vz.grid(["artifact", "type", "aliases", "files", "bytes", who],
        ["name:version", "str", "str", "int", "int", "run ids"],
        a[kind].map(r => [r.name + ":" + r.version, r.type, r.aliases.join(", "), r.files, r.bytes, r.runs.join(", ")])));
    }
  }

  header(); metrics(); performance.mark("vizlog-metrics"); media(); performance.mark("vizlog-media"); kv("config", DATA.config); kv("summary", DATA.summary); files(); artifacts();
  if (DATA.watch) Vz.watch(DATA.watch.src, DATA.watch.version);
  performance.mark("vizlog-ready");
  document.body.setAttribute("data-ready", "1");
  }
})();
