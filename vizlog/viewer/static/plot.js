"use strict";
// vizlog line charts on a canvas: axes and grid, hover with exact values, drag to zoom,
// double-click (or the reset button) to reset, TensorBoard's debiased EMA smoothing, log scale.
(function () {
  const Vz = window.Vz;
  const H = 190, L = 56, R = 10, T = 8, B = 24;

  // TensorBoard's smoothing: EMA with a debiased start; non-finite values pass through.
  Vz.ema = function ema(ys, weight) {
    if (!(weight > 0)) return ys.slice();
    const out = new Array(ys.length);
    let last = 0, n = 0;
    for (let i = 0; i < ys.length; i++) {
      const y = ys[i];
      if (y === null || !isFinite(y)) { out[i] = y; continue; }
      last = last * weight + (1 - weight) * y; n++;
      out[i] = last / (1 - Math.pow(weight, n));
    }
    return out;
  };

  function ticks(lo, hi, n) {
    if (!(hi > lo)) return [lo];
    const raw = (hi - lo) / n, mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const f = raw / mag, step = (f >= 5 ? 10 : f >= 2 ? 5 : f >= 1 ? 2 : 1) * mag;
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
    return out;
  }
  function logTicks(lo, hi) {
    const out = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
      const v = Math.pow(10, e);
      if (v >= lo && v <= hi) out.push(v);
    }
    return out.length ? out : [lo, hi];
  }
  function tickLabel(v, kind) {
    if (kind === "wall time") return new Date(v * 1000).toISOString().slice(11, 19);
    if (kind === "relative time") return Vz.duration(v);
    const a = Math.abs(v);
    if (a >= 1e5 || (a !== 0 && a < 1e-3)) return v.toExponential(1);
    return String(Number(v.toPrecision(4)));
  }
  function bisect(xs, x) {
    let lo = 0, hi = xs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  }
  // Map a step to another x axis through a sorted [[step, x]] table (linear between points).
  Vz.mapper = function mapper(table) {
    if (!table) return s => s;
    const st = table.map(p => p[0]), xv = table.map(p => p[1]);
    return s => {
      const i = bisect(st, s);
      if (i < st.length && st[i] === s) return xv[i];
      if (i === 0 || i >= st.length) return null;
      const f = (s - st[i - 1]) / (st[i] - st[i - 1]);
      return xv[i - 1] + f * (xv[i] - xv[i - 1]);
    };
  };

  // Charts draw only while on screen (a page can hold hundreds); off-screen ones are marked
  // dirty and drawn when they scroll into view.
  const observer = "IntersectionObserver" in window ? new IntersectionObserver(entries => {
    for (const e of entries) {
      const plot = e.target.vzPlot;
      plot.visible = e.isIntersecting;
      if (plot.visible && plot.dirty) plot.draw();
    }
  }, { rootMargin: "200px" }) : null;

  // series: [{name, color, points: [[step, y], ...]}]; opts: {state, xLabel}; state is shared:
  // {smoothing, log, xaxis, map(step) -> x}.
  Vz.Plot = class Plot {
    constructor(series, opts) {
      this.series = series; this.opts = opts || {}; this.zoom = null;
      this.node = Vz.el("div", { class: "plot" });
      this.canvas = Vz.el("canvas", { class: "plot-canvas", height: H });
      this.tip = Vz.el("div", { class: "vz-tip", hidden: "" });
      this.reset = Vz.el("button", { class: "reset", type: "button", text: "reset zoom", hidden: "", title: "or double-click the chart" });
      this.reset.addEventListener("click", () => this.setZoom(null));
      this.node.append(this.canvas, this.tip, this.reset);
      this.bind();
      this.visible = !observer; this.dirty = true;
      this.node.vzPlot = this;
      if (observer) observer.observe(this.node);
    }
    setSeries(series) { this.series = series; this.draw(); }
    setZoom(z) { this.zoom = z; this.reset.hidden = !z; this.draw(); }
    prepare() {
      const st = this.opts.state || {}, map = st.map || (s => s), w = st.smoothing || 0;
      this.lines = this.series.map(s => {
        const xs = [], ys = [], steps = [];
        for (const [step, y] of s.points) {
          const x = map(step);
          if (x === null || x === undefined) continue;
          xs.push(x); ys.push(y === null ? null : y); steps.push(step);
        }
        return { s, xs, ys, steps, sm: Vz.ema(ys, w) };
      });
    }
    domain() {
      const log = (this.opts.state || {}).log;
      let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
      for (const l of this.lines) for (let i = 0; i < l.xs.length; i++) {
        const x = l.xs[i];
        if (x < x0) x0 = x; if (x > x1) x1 = x;
      }
      if (this.zoom) [x0, x1] = this.zoom;
      for (const l of this.lines) for (let i = 0; i < l.xs.length; i++) {
        const x = l.xs[i];
        if (x < x0 || x > x1) continue;
        for (const y of [l.ys[i], l.sm[i]]) {
          if (y === null || !isFinite(y) || (log && y <= 0)) continue;
          if (y < y0) y0 = y; if (y > y1) y1 = y;
        }
      }
      if (!isFinite(x0)) return null;
      if (x1 === x0) { x0 -= 0.5; x1 += 0.5; }
      if (!isFinite(y0)) { y0 = log ? 1 : 0; y1 = log ? 10 : 1; }
      if (y1 === y0) { const d = Math.abs(y0) * 0.1 || 0.5; y0 -= log ? y0 / 2 : d; y1 += d; }
      else if (!log) { const pad = (y1 - y0) * 0.05; y0 -= pad; y1 += pad; }
      return { x0, x1, y0, y1, log };
    }
    draw() {
      if (!this.visible) { this.dirty = true; return; }
      this.dirty = false;
      const c = this.canvas, dpr = window.devicePixelRatio || 1;
      const W = Math.max(200, this.node.clientWidth || 360);
      c.style.width = W + "px"; c.style.height = H + "px";
      c.width = Math.round(W * dpr); c.height = Math.round(H * dpr);
      const g = c.getContext("2d");
      g.setTransform(dpr, 0, 0, dpr, 0, 0);
      g.clearRect(0, 0, W, H);
      this.W = W;
      this.prepare();
      const d = (this.dom = this.domain());
      if (!d) { g.fillStyle = "#667085"; g.font = "12px sans-serif"; g.fillText("no finite values", L, H / 2); c.setAttribute("data-x-domain", ""); return; }
      c.setAttribute("data-x-domain", d.x0 + "," + d.x1);
      const ly = v => Math.log10(v);
      this.sx = x => L + (x - d.x0) / (d.x1 - d.x0) * (W - L - R);
      this.ix = px => d.x0 + (px - L) / (W - L - R) * (d.x1 - d.x0);
      this.sy = d.log ? y => T + (1 - (ly(y) - ly(d.y0)) / (ly(d.y1) - ly(d.y0))) * (H - T - B)
        : y => T + (1 - (y - d.y0) / (d.y1 - d.y0)) * (H - T - B);
      const kind = (this.opts.state || {}).xaxis;
      g.font = "10px system-ui, sans-serif"; g.lineWidth = 1;
      g.strokeStyle = "#eaecf0"; g.fillStyle = "#667085"; g.textAlign = "right"; g.textBaseline = "middle";
      for (const v of d.log ? logTicks(d.y0, d.y1) : ticks(d.y0, d.y1, 4)) {
        const y = Math.round(this.sy(v)) + 0.5;
        g.beginPath(); g.moveTo(L, y); g.lineTo(W - R, y); g.stroke();
        g.fillText(tickLabel(v), L - 4, y);
      }
      g.textAlign = "center"; g.textBaseline = "top";
      for (const v of ticks(d.x0, d.x1, Math.max(2, Math.floor((W - L) / 90)))) {
        const x = Math.round(this.sx(v)) + 0.5;
        g.beginPath(); g.moveTo(x, T); g.lineTo(x, H - B); g.stroke();
        g.fillText(tickLabel(v, kind), x, H - B + 4);
      }
      g.strokeStyle = "#98a2b3"; g.beginPath(); g.moveTo(L + 0.5, T); g.lineTo(L + 0.5, H - B + 0.5); g.lineTo(W - R, H - B + 0.5); g.stroke();
      g.save(); g.beginPath(); g.rect(L, T, W - L - R, H - T - B); g.clip();
      const smoothing = (this.opts.state || {}).smoothing > 0;
      for (const l of this.lines) {
        const col = l.s.color || "#3564d4";
        if (smoothing) { g.globalAlpha = 0.25; this.path(g, l.xs, l.ys, col, d); g.globalAlpha = 1; }
        this.path(g, l.xs, smoothing ? l.sm : l.ys, col, d);
      }
      g.restore();
      if (this.drag) {
        g.fillStyle = "rgba(53,100,212,0.12)";
        const a = Math.min(this.drag.a, this.drag.b), b = Math.max(this.drag.a, this.drag.b);
        g.fillRect(a, T, b - a, H - T - B);
      }
      if (this.hoverX !== undefined) this.hover(g, d);
    }
    path(g, xs, ys, col, d) {
      g.strokeStyle = col; g.lineWidth = 1.5; g.beginPath();
      let pen = false;
      for (let i = 0; i < xs.length; i++) {
        const y = ys[i];
        if (y === null || !isFinite(y) || (d.log && y <= 0)) { pen = false; continue; }
        const px = this.sx(xs[i]), py = this.sy(y);
        if (pen) g.lineTo(px, py); else g.moveTo(px, py);
        pen = true;
      }
      g.stroke();
      if (xs.length === 1 && ys[0] !== null) { g.fillStyle = col; g.beginPath(); g.arc(this.sx(xs[0]), this.sy(ys[0]), 3, 0, 7); g.fill(); }
    }
    hover(g, d) {
      const x = this.ix(this.hoverX);
      const rows = [];
      let px = null;
      for (const l of this.lines) {
        if (!l.xs.length) continue;
        let i = bisect(l.xs, x);
        if (i >= l.xs.length || (i > 0 && x - l.xs[i - 1] < l.xs[i] - x)) i -= 1;
        const y = l.ys[i];
        px = this.sx(l.xs[i]);
        rows.push({ l, i, y });
        if (y !== null && isFinite(y) && !(d.log && y <= 0)) {
          g.fillStyle = l.s.color || "#3564d4"; g.beginPath();
          const sy = (this.opts.state || {}).smoothing > 0 ? l.sm[i] : y;
          g.arc(this.sx(l.xs[i]), this.sy(sy), 3, 0, 7); g.fill();
        }
      }
      if (px === null) return;
      g.strokeStyle = "#98a2b3"; g.beginPath(); g.moveTo(px, T); g.lineTo(px, H - B); g.stroke();
      const st = this.opts.state || {};
      const kind = st.xaxis || "step";
      const first = rows[0];
      const head = "step " + first.l.steps[first.i] + (kind !== "step" ? " · " + kind + " " + tickLabel(first.l.xs[first.i], kind) : "");
      this.tip.replaceChildren(Vz.el("div", { class: "tip-head", text: head }));
      for (const r of rows) {
        const val = r.y === null ? "non-finite" : Vz.exact(r.y);
        const line = Vz.el("div", { class: "tip-row" }, [Vz.el("span", { class: "swatch" }), Vz.el("span", { class: "tip-name", text: r.l.s.name }), Vz.el("span", { class: "tip-val", text: val })]);
        line.firstChild.style.background = r.l.s.color || "#3564d4";
        if (st.smoothing > 0 && r.y !== null) line.appendChild(Vz.el("span", { class: "tip-sm", text: "smoothed " + Vz.fmt(r.l.sm[r.i]) }));
        this.tip.appendChild(line);
      }
      this.tip.hidden = false;
      const left = Math.min(Math.max(0, px + 12), Math.max(0, this.W - 220));
      this.tip.style.left = left + "px"; this.tip.style.top = "4px";
    }
    bind() {
      const c = this.canvas, pos = e => e.clientX - c.getBoundingClientRect().left;
      c.addEventListener("mousemove", e => {
        const x = pos(e);
        if (this.drag) this.drag.b = Math.max(L, Math.min(this.W - R, x));
        this.hoverX = Math.max(L, Math.min(this.W - R, x));
        this.draw();
      });
      c.addEventListener("mouseleave", () => { this.hoverX = undefined; this.tip.hidden = true; if (!this.drag) this.draw(); });
      c.addEventListener("mousedown", e => { if (!this.dom) return; const x = pos(e); this.drag = { a: x, b: x }; e.preventDefault(); });
      window.addEventListener("mouseup", () => {
        const d = this.drag;
        if (!d) return;
        this.drag = null;
        if (Math.abs(d.b - d.a) > 4 && this.dom) {
          const a = this.ix(Math.min(d.a, d.b)), b = this.ix(Math.max(d.a, d.b));
          this.setZoom([a, b]);
        } else this.draw();
      });
      c.addEventListener("dblclick", () => this.setZoom(null));
    }
  };

  // A chart panel: title, plot, and a min/max/last line (per series when there are several).
  Vz.metricPanel = function metricPanel(key, series, state, note) {
    const plot = new Vz.Plot(series, { state });
    const stats = Vz.el("div", { class: "note stats" });
    for (const s of series) {
      const ys = s.points.map(p => p[1]).filter(y => y !== null && isFinite(y));
      if (!ys.length) continue;
      let mn = Infinity, mx = -Infinity;
      for (const y of ys) { if (y < mn) mn = y; if (y > mx) mx = y; }
      const last = s.points[s.points.length - 1];
      const t = (series.length > 1 ? s.name + ": " : "") + "min " + Vz.fmt(mn) + " · max " + Vz.fmt(mx) + " · last " + (last[1] === null ? "non-finite" : Vz.fmt(last[1])) + " (step " + last[0] + ")";
      stats.appendChild(Vz.el("div", { text: t }));
    }
    const card = Vz.el("div", { class: "card metric", "data-key": key }, [Vz.el("h3", { text: key }), plot.node, stats, note ? Vz.el("div", { class: "note", text: note }) : null]);
    return { card, plot };
  };

  // Panels grouped by key prefix ("train/loss" -> "train") into collapsible sections.
  Vz.groupKeys = function groupKeys(keys) {
    const groups = new Map();
    for (const k of keys) {
      const i = k.indexOf("/");
      const g = i > 0 ? k.slice(0, i) : "Charts";
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g).push(k);
    }
    const names = [...groups.keys()].sort((a, b) => (a === "Charts") - (b === "Charts") || (a < b ? -1 : a > b ? 1 : 0));
    return names.map(n => [n, groups.get(n)]);
  };

  // Toolbar controls shared by every panel: x axis, smoothing, log scale.
  Vz.chartControls = function chartControls(state, xChoices, redraw) {
    const sel = Vz.el("select", { id: "x-axis", "aria-label": "x axis" }, xChoices.map(c => Vz.el("option", { value: c, text: c })));
    sel.addEventListener("change", () => { state.xaxis = sel.value; state.setX(sel.value); redraw(); });
    const sm = Vz.el("input", { type: "range", id: "smoothing", min: 0, max: 0.99, step: 0.01, value: state.smoothing, "aria-label": "smoothing" });
    const smv = Vz.el("span", { class: "smv", text: String(state.smoothing) });
    sm.addEventListener("input", () => { state.smoothing = Number(sm.value); smv.textContent = sm.value; redraw(); });
    const log = Vz.el("input", { type: "checkbox", id: "log-y" });
    log.addEventListener("change", () => { state.log = log.checked; redraw(); });
    return Vz.el("div", { class: "controls" }, [
      Vz.el("label", {}, ["x axis ", sel]), Vz.el("label", {}, ["smoothing ", sm, smv]),
      Vz.el("label", {}, [log, " log scale"])]);
  };
})();
