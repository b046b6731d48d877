"use strict";
// vizlog static viewer. Every user string goes through textContent; nothing is fetched.
(function () {
  const DATA = JSON.parse(document.getElementById("vizlog-data").textContent);

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "class") node.className = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children || []) if (c) node.appendChild(c);
    return node;
  }
  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") node.textContent = String(v); else node.setAttribute(k, String(v));
    }
    return node;
  }
  // Only run-relative paths written by vizlog are used as sources.
  function safeSrc(p) {
    if (typeof p !== "string" || p === "" || p.startsWith("/") || p.includes("..") ||
        p.includes("\\") || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(p)) return null;
    return p.split("/").map(encodeURIComponent).join("/");
  }
  function fmt(v) {
    if (typeof v === "number") return Math.abs(v) >= 1e5 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : String(Math.round(v * 1e6) / 1e6);
    if (v && typeof v === "object" && v._type === "float") return v.value;
    if (v && typeof v === "object") return JSON.stringify(v);
    return String(v);
  }

  function header() {
    const r = DATA.run;
    const h = document.getElementById("head");
    const title = el("h1", { text: r.name || r.id }, [el("span", { class: "state " + r.state, text: r.state })]);
    const bits = [r.project && "project " + r.project, "id " + r.id, r.group && "group " + r.group,
      r.rows + " steps", r.tags && r.tags.length ? "tags: " + r.tags.join(", ") : null,
      r.started_at ? "started " + new Date(r.started_at * 1000).toISOString().replace("T", " ").slice(0, 19) + " UTC" : null,
      r.corruptions ? r.corruptions + " corrupt history records skipped" : null].filter(Boolean);
    h.append(title, el("div", { class: "meta", text: bits.join(" · ") }));
    if (r.notes) h.append(el("div", { class: "meta", text: r.notes }));
  }

  function linePlot(points) {
    const W = 320, H = 160, L = 58, B = 18, T = 6, R = 6;
    const s = svg("svg", { class: "plot", viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none" });
    const pts = points.filter(p => p[1] !== null);
    if (!pts.length) { s.appendChild(svg("text", { x: L, y: H / 2, text: "no finite values" })); return s; }
    const xs = pts.map(p => p[0]), ys = pts.map(p => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const sx = x => L + (x1 > x0 ? (x - x0) / (x1 - x0) : 0.5) * (W - L - R);
    const sy = y => T + (y1 > y0 ? 1 - (y - y0) / (y1 - y0) : 0.5) * (H - T - B);
    s.appendChild(svg("line", { class: "axis", x1: L, y1: H - B, x2: W - R, y2: H - B }));
    s.appendChild(svg("line", { class: "axis", x1: L, y1: T, x2: L, y2: H - B }));
    let d = "", pen = "M";
    for (const p of points) {
      if (p[1] === null) { pen = "M"; continue; }
      d += `${pen}${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`; pen = "L";
    }
    s.appendChild(svg("path", { class: "line", d }));
    s.appendChild(svg("text", { x: 2, y: T + 8, text: fmt(y1) }));
    s.appendChild(svg("text", { x: 2, y: H - B, text: fmt(y0) }));
    s.appendChild(svg("text", { x: L, y: H - 4, text: "step " + x0 }));
    s.appendChild(svg("text", { x: W - R - 60, y: H - 4, text: "step " + x1 }));
    return s;
  }

  function histogram(p) {
    const W = 480, H = 140, B = 16;
    const s = svg("svg", { class: "plot hist", viewBox: `0 0 ${W} ${H}` });
    const vals = p.values || [], max = Math.max(1, ...vals), n = vals.length || 1;
    vals.forEach((v, i) => s.appendChild(svg("rect", { class: "bar", x: (i * W) / n, width: Math.max(1, W / n - 1), y: (H - B) * (1 - v / max), height: (H - B) * (v / max) })));
    if (p.bins && p.bins.length) {
      s.appendChild(svg("text", { x: 2, y: H - 3, text: fmt(p.bins[0]) }));
      s.appendChild(svg("text", { x: W - 60, y: H - 3, text: fmt(p.bins[p.bins.length - 1]) }));
    }
    return s;
  }

  function image(p) {
    const src = safeSrc(p.src);
    const wrap = el("div", { class: "imgwrap" });
    const img = el("img", { src, alt: p.caption || "", loading: "lazy" });
    wrap.appendChild(img);
    const place = () => {
      const w = img.clientWidth, h = img.clientHeight, iw = p.width || img.naturalWidth, ih = p.height || img.naturalHeight;
      for (const b of p.boxes || []) {
        const q = b.position || {};
        let x0, x1, y0, y1;
        if ("minX" in q) { x0 = q.minX; x1 = q.maxX; y0 = q.minY; y1 = q.maxY; }
        else if (q.middle) { x0 = q.middle[0] - q.width / 2; x1 = q.middle[0] + q.width / 2; y0 = q.middle[1] - q.height / 2; y1 = q.middle[1] + q.height / 2; }
        else continue;
        const kx = b.pixel ? w / iw : w, ky = b.pixel ? h / ih : h;
        const box = el("div", { class: "box" }, [el("span", { text: b.label })]);
        box.style.left = x0 * kx + "px"; box.style.top = y0 * ky + "px";
        box.style.width = (x1 - x0) * kx + "px"; box.style.height = (y1 - y0) * ky + "px";
        wrap.appendChild(box);
      }
    };
    if (p.boxes) img.addEventListener("load", place);
    const fig = el("figure", {}, [wrap]);
    for (const [layer, m] of Object.entries(p.masks || {})) {
      wrap.appendChild(el("img", { class: "mask", src: safeSrc(m), alt: "mask " + layer, title: "mask " + layer }));
    }
    if (p.caption) fig.appendChild(el("figcaption", { text: p.caption }));
    return fig;
  }

  function table(p) {
    const head = el("tr", {}, p.columns.map((c, i) => el("th", { text: c + (p.types ? " (" + p.types[i] + ")" : "") })));
    const rows = p.rows.map(r => el("tr", {}, r.map(c => {
      const td = el("td");
      if (c && typeof c === "object" && c.kind) td.appendChild(render(c)); else td.textContent = c === null ? "" : fmt(c);
      return td;
    })));
    const note = p.nrows > p.rows.length ? `showing ${p.rows.length} of ${p.nrows} rows` : `${p.nrows} rows`;
    return el("div", {}, [el("div", { class: "note", text: note + " · " }, [el("a", { href: safeSrc(p.src), text: "Arrow file" })]),
      el("div", { class: "scroll" }, [el("table", { class: "data" }, [head, ...rows])])]);
  }

  function render(p) {
    switch (p.kind) {
      case "image": return image(p);
      case "list": return el("div", { class: "items" }, p.items.map(render));
      case "histogram": return histogram(p);
      case "video":
        if (p.format === "gif") return el("figure", {}, [el("img", { src: safeSrc(p.src), alt: p.caption || "" }), p.caption && el("figcaption", { text: p.caption })]);
        return el("figure", {}, [el("video", { src: safeSrc(p.src), controls: "", loop: "", muted: "", preload: "auto" }), p.caption && el("figcaption", { text: p.caption })]);
      case "audio": return el("figure", {}, [el("audio", { src: safeSrc(p.src), controls: "", preload: "metadata" }), p.caption && el("figcaption", { text: p.caption })]);
      case "html": return el("iframe", { class: "html", src: safeSrc(p.src), sandbox: "allow-scripts", referrerpolicy: "no-referrer", loading: "lazy" });
      case "table": return table(p);
      case "chart": return el("figure", {}, [p.svg ? el("img", { class: "chart", src: safeSrc(p.svg), alt: p.title || "chart" }) : el("div", { class: "note", text: p.error || "chart not rendered" }),
        el("figcaption", {}, [el("span", { text: (p.spec || "") + " · " }), el("a", { href: safeSrc(p.spec_src), text: "Vega-Lite spec" })])]);
      case "object3d": return el("figure", {}, [p.thumb ? el("img", { src: safeSrc(p.thumb), alt: "3D preview", class: "chart" }) : null,
        el("figcaption", {}, [el("span", { text: (p.summary || "") + " · " }), el("a", { href: safeSrc(p.src), text: "3D file" })])]);
      case "error": return el("div", { class: "note", text: "preview failed: " + p.message });
      default: {
        const box = el("div");
        if (p.src) box.appendChild(el("a", { href: safeSrc(p.src), text: p.src }));
        box.appendChild(el("pre", { text: JSON.stringify(p.descriptor, null, 1) }));
        return box;
      }
    }
  }

  function scalars() {
    const grid = document.getElementById("scalar-grid");
    const keys = Object.keys(DATA.scalars);
    if (!keys.length) { grid.appendChild(el("div", { class: "note", text: "no numeric metrics" })); return; }
    for (const k of keys) {
      const pts = DATA.scalars[k];
      const last = pts[pts.length - 1];
      const total = (DATA.scalar_counts || {})[k] || pts.length;
      grid.appendChild(el("div", { class: "card" }, [el("h3", { text: k }), linePlot(pts),
        el("div", { class: "note", text: `${total} points${total > pts.length ? ` (${pts.length} drawn)` : ""} · last ${last[1] === null ? "non-finite" : fmt(last[1])} at step ${last[0]}` })]));
    }
  }

  function media() {
    const list = document.getElementById("media-list");
    const keys = Object.keys(DATA.media);
    if (!keys.length) { list.appendChild(el("div", { class: "note", text: "no media logged" })); return; }
    for (const k of keys) {
      const entry = DATA.media[k], steps = entry.steps;
      const body = el("div", { class: "items" });
      const label = el("span");
      const show = i => { body.replaceChildren(render(steps[i][1])); label.textContent = `step ${steps[i][0]} (${i + 1}/${steps.length})`; };
      const card = el("div", { class: "card media-key" }, [el("h3", { text: k })]);
      if (steps.length > 1) {
        const slider = el("input", { type: "range", min: 0, max: steps.length - 1, value: steps.length - 1, "aria-label": "step of " + k });
        slider.addEventListener("input", () => show(Number(slider.value)));
        card.appendChild(el("div", { class: "stepper" }, [label, slider]));
      } else card.appendChild(el("div", { class: "stepper" }, [label]));
      if (entry.omitted) card.appendChild(el("div", { class: "note", text: `${entry.omitted} earlier steps not shown` }));
      card.appendChild(body);
      list.appendChild(card);
      show(steps.length - 1);
    }
  }

  function kv(target, obj) {
    const rows = Object.keys(obj).sort().map(k => el("tr", {}, [el("td", { text: k }), el("td", { text: fmt(obj[k]) })]));
    document.getElementById(target).appendChild(rows.length ? el("table", { class: "kv" }, rows) : el("div", { class: "note", text: "(empty)" }));
  }

  header(); scalars(); media(); kv("config", DATA.config); kv("summary", DATA.summary);
  document.body.setAttribute("data-ready", "1");
})();
