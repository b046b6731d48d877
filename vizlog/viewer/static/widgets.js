"use strict";
// vizlog media widgets: images (boxes/masks with a class legend, click to enlarge), video, audio,
// sandboxed HTML, tables (sort, filter, pages), Vega charts (SVG fallback), 3D (three.js),
// histograms (one step, overlay of steps, distribution over steps).
(function () {
  const Vz = window.Vz, el = Vz.el;

  function image(p) {
    const src = Vz.src(p.src);
    const wrap = el("div", { class: "imgwrap" });
    const img = el("img", { src, alt: p.caption || "", title: "click to enlarge" });
    wrap.appendChild(img);
    img.addEventListener("click", () => Vz.lightbox(src, p.caption, p.width));
    const fig = el("figure", {}, [wrap]);
    const boxes = [];
    const place = () => {
      const w = img.clientWidth, h = img.clientHeight, iw = p.width || img.naturalWidth, ih = p.height || img.naturalHeight;
      for (const b of p.boxes || []) {
        const q = b.position || {};
        let x0, x1, y0, y1;
        if ("minX" in q) { x0 = q.minX; x1 = q.maxX; y0 = q.minY; y1 = q.maxY; }
        else if (q.middle) { x0 = q.middle[0] - q.width / 2; x1 = q.middle[0] + q.width / 2; y0 = q.middle[1] - q.height / 2; y1 = q.middle[1] + q.height / 2; }
        else continue;
        const kx = b.pixel ? w / iw : w, ky = b.pixel ? h / ih : h;
        const box = el("div", { class: "box", "data-class": String(b.class_id) }, [el("span", { text: b.label })]);
        const col = Vz.color("class" + b.class_id);
        box.style.borderColor = col; box.firstChild.style.background = col;
        box.style.left = x0 * kx + "px"; box.style.top = y0 * ky + "px";
        box.style.width = (x1 - x0) * kx + "px"; box.style.height = (y1 - y0) * ky + "px";
        wrap.appendChild(box); boxes.push(box);
      }
      applyHidden();
    };
    const hidden = new Set();
    const applyHidden = () => { for (const b of boxes) b.hidden = hidden.has(b.getAttribute("data-class")); };
    if (p.boxes) { if (img.complete && img.naturalWidth) setTimeout(place); else img.addEventListener("load", place); }
    const masks = [], maskClasses = [];
    for (const [layer, m] of Object.entries(p.masks || {})) {
      const classes = (p.mask_classes || {})[layer];
      if (classes) {  // one overlay per class, each toggled from the legend
        for (const c of classes) {
          const mk = el("img", { class: "mask", src: Vz.src(c.src), alt: layer + ": " + c.label, title: layer + ": " + c.label, "data-class": c.id });
          wrap.appendChild(mk); maskClasses.push([layer, c, mk]);
        }
        continue;
      }
      const mk = el("img", { class: "mask", src: Vz.src(m), alt: "mask " + layer, title: "mask " + layer });
      wrap.appendChild(mk); masks.push([layer, mk]);
    }
    const legend = el("div", { class: "legend" });
    const classes = new Map();
    for (const b of p.boxes || []) classes.set(String(b.class_id), b.label);
    for (const [id, label] of classes) {
      const cb = el("input", { type: "checkbox", checked: "" });
      cb.addEventListener("change", () => { if (cb.checked) hidden.delete(id); else hidden.add(id); applyHidden(); });
      const sw = el("span", { class: "swatch" }); sw.style.background = Vz.color("class" + id);
      legend.appendChild(el("label", { class: "legend-item" }, [cb, sw, el("span", { text: label || "class " + id })]));
    }
    for (const [layer, c, mk] of maskClasses) {
      const cb = el("input", { type: "checkbox", checked: "", "data-mask-class": c.id });
      cb.addEventListener("change", () => { mk.hidden = !cb.checked; });
      const sw = el("span", { class: "swatch" }); sw.style.background = c.color;
      legend.appendChild(el("label", { class: "legend-item" }, [cb, sw, el("span", { text: layer + ": " + c.label })]));
    }
    for (const [layer, mk] of masks) {
      const cb = el("input", { type: "checkbox", checked: "" });
      cb.addEventListener("change", () => { mk.hidden = !cb.checked; });
      legend.appendChild(el("label", { class: "legend-item" }, [cb, el("span", { text: "mask " + layer })]));
    }
    if (p.caption) fig.appendChild(el("figcaption", { text: p.caption }));
    if (legend.childNodes.length) fig.appendChild(legend);
    return fig;
  }

  // ----- histograms -------------------------------------------------------------------------
  function edges(p) {
    const v = p.values || [], b = p.bins || [];
    if (b.length === v.length + 1) return b;
    if (b.length === 2 && v.length) return v.map((_, i) => b[0] + (b[1] - b[0]) * i / v.length).concat([b[1]]);
    return v.map((_, i) => i).concat([v.length]);
  }
  function histogram(p) {
    const W = 480, H = 140, B = 16;
    const s = Vz.svg("svg", { class: "plot hist", viewBox: `0 0 ${W} ${H}` });
    const vals = p.values || [], max = Math.max(1, ...vals), n = vals.length || 1;
    vals.forEach((v, i) => {
      const r = Vz.svg("rect", { class: "bar", x: (i * W) / n, width: Math.max(1, W / n - 1), y: (H - B) * (1 - v / max), height: (H - B) * (v / max) });
      const e = edges(p);
      r.appendChild(Vz.svg("title", { text: `[${Vz.fmt(e[i])}, ${Vz.fmt(e[i + 1])}): ${v}` }));
      s.appendChild(r);
    });
    if (p.bins && p.bins.length) {
      s.appendChild(Vz.svg("text", { x: 2, y: H - 3, text: Vz.fmt(p.bins[0]) }));
      s.appendChild(Vz.svg("text", { x: W - 60, y: H - 3, text: Vz.fmt(p.bins[p.bins.length - 1]) }));
    }
    return s;
  }
  // Percentiles (TensorBoard's distribution bands) of one histogram, linear inside a bin.
  const PCTS = [0, 0.0668, 0.1587, 0.3085, 0.5, 0.6915, 0.8413, 0.9332, 1];
  function quantiles(p) {
    const v = p.values || [], e = edges(p), total = v.reduce((a, b) => a + b, 0);
    if (!total) return null;
    const out = [];
    let acc = 0, i = 0;
    for (const q of PCTS) {
      const target = q * total;
      while (i < v.length - 1 && acc + v[i] < target) { acc += v[i]; i++; }
      const f = v[i] ? Math.min(1, Math.max(0, (target - acc) / v[i])) : 0;
      out.push(e[i] + f * (e[i + 1] - e[i]));
    }
    return out;
  }
  function histogramSteps(steps, mode) {
    const W = 480, H = 180, L = 48, B = 18, T = 6;
    const s = Vz.svg("svg", { class: "plot hist-steps", viewBox: `0 0 ${W} ${H}`, "data-mode": mode });
    const hs = steps.filter(st => st[1] && st[1].kind === "histogram");
    if (!hs.length) return s;
    if (mode === "overlay") {
      let x0 = Infinity, x1 = -Infinity, ymax = 1;
      for (const [, p] of hs) { const e = edges(p); x0 = Math.min(x0, e[0]); x1 = Math.max(x1, e[e.length - 1]); ymax = Math.max(ymax, ...(p.values || [0])); }
      const sx = x => L + (x - x0) / ((x1 - x0) || 1) * (W - L - 4), sy = y => T + (1 - y / ymax) * (H - T - B);
      hs.forEach(([step, p], k) => {
        const e = edges(p), v = p.values || [];
        let d = "";
        v.forEach((c, i) => { d += `${i ? "L" : "M"}${sx((e[i] + e[i + 1]) / 2).toFixed(1)},${sy(c).toFixed(1)}`; });
        const shade = Math.round(200 - 160 * (hs.length > 1 ? k / (hs.length - 1) : 1));
        const path = Vz.svg("path", { d, fill: "none", stroke: `rgb(${shade},${shade + 20},230)`, "stroke-width": 1.2 });
        path.appendChild(Vz.svg("title", { text: "step " + step }));
        s.appendChild(path);
      });
      s.appendChild(Vz.svg("text", { x: L, y: H - 3, text: Vz.fmt(x0) }));
      s.appendChild(Vz.svg("text", { x: W - 60, y: H - 3, text: Vz.fmt(x1) }));
    } else {
      const qs = hs.map(([step, p]) => [step, quantiles(p)]).filter(q => q[1]);
      if (!qs.length) return s;
      let y0 = Infinity, y1 = -Infinity;
      for (const [, q] of qs) { y0 = Math.min(y0, q[0]); y1 = Math.max(y1, q[q.length - 1]); }
      const s0 = qs[0][0], s1 = qs[qs.length - 1][0];
      const sx = x => L + (x - s0) / ((s1 - s0) || 1) * (W - L - 4), sy = y => T + (1 - (y - y0) / ((y1 - y0) || 1)) * (H - T - B);
      for (let b = 0; b < 4; b++) {
        const top = qs.map(([st, q]) => `${sx(st).toFixed(1)},${sy(q[8 - b]).toFixed(1)}`);
        const bot = qs.slice().reverse().map(([st, q]) => `${sx(st).toFixed(1)},${sy(q[b]).toFixed(1)}`);
        s.appendChild(Vz.svg("polygon", { points: top.concat(bot).join(" "), fill: "#3564d4", "fill-opacity": 0.15 + 0.12 * b }));
      }
      s.appendChild(Vz.svg("path", { d: qs.map(([st, q], i) => `${i ? "L" : "M"}${sx(st).toFixed(1)},${sy(q[4]).toFixed(1)}`).join(""), fill: "none", stroke: "#1d3a8a", "stroke-width": 1.2 }));
      s.appendChild(Vz.svg("text", { x: 2, y: T + 8, text: Vz.fmt(y1) }));
      s.appendChild(Vz.svg("text", { x: 2, y: H - B, text: Vz.fmt(y0) }));
      s.appendChild(Vz.svg("text", { x: L, y: H - 3, text: "step " + s0 }));
      s.appendChild(Vz.svg("text", { x: W - 70, y: H - 3, text: "step " + s1 }));
    }
    return s;
  }
  Vz.histogramSteps = histogramSteps;

  // ----- tables -----------------------------------------------------------------------------
  const PAGE = 50;
  function cell(c) {
    const td = el("td");
    if (c && typeof c === "object" && c.kind) td.appendChild(render(c));
    else if (c && typeof c === "object" && c.thumb) {
      const src = Vz.src(c.thumb);
      const im = el("img", { class: "cell-img", src, alt: c.caption || "", loading: "lazy" });
      im.addEventListener("click", () => Vz.lightbox(src, c.caption, c.width));
      td.appendChild(im);
    } else td.textContent = c === null || c === undefined ? "" : Vz.fmt(c);
    return td;
  }
  function sortKey(c) {
    if (c === null || c === undefined) return [2, 0];
    if (typeof c === "number") return [0, c];
    if (typeof c === "boolean") return [0, c ? 1 : 0];
    if (typeof c === "object") return [1, c.caption || c.src || c.thumb || ""];
    return [1, String(c)];
  }
  function cmp(a, b) {
    const ka = sortKey(a), kb = sortKey(b);
    if (ka[0] !== kb[0]) return ka[0] - kb[0];
    return ka[1] < kb[1] ? -1 : ka[1] > kb[1] ? 1 : 0;
  }
  function cellText(c) {
    if (c === null || c === undefined) return "";
    if (typeof c === "object") return String(c.caption || "");
    return String(c);
  }
  // A table over `rows` (arrays): click a header to sort, type to filter, pages of 50 rows.
  Vz.grid = function grid(columns, types, rows, opts) {
    const st = { sort: -1, desc: false, filter: "", page: 0, view: rows };
    const head = el("tr", {}, columns.map((c, i) => {
      const th = el("th", { title: (types && types[i] ? c + ": " + types[i] : c) + " · click to sort", "data-col": i }, [el("span", { text: c }), el("span", { class: "arrow" })]);
      th.addEventListener("click", () => { st.desc = st.sort === i ? !st.desc : false; st.sort = i; apply(); });
      return th;
    }));
    const body = el("tbody");
    const filter = el("input", { type: "search", class: "filter", placeholder: "filter rows", "aria-label": "filter rows" });
    const info = el("span", { class: "note pageinfo" });
    const prev = el("button", { type: "button", text: "‹ prev" }), next = el("button", { type: "button", text: "next ›" });
    prev.addEventListener("click", () => { st.page = Math.max(0, st.page - 1); draw(); });
    next.addEventListener("click", () => { st.page += 1; draw(); });
    filter.addEventListener("input", () => { st.filter = filter.value.toLowerCase(); st.page = 0; apply(); });
    function apply() {
      let v = rows;
      if (st.filter) v = v.filter(r => r.some(c => cellText(c).toLowerCase().includes(st.filter)));
      if (st.sort >= 0) {
        const i = st.sort, sign = st.desc ? -1 : 1;
        v = v.map((r, k) => [r, k]).sort((a, b) => sign * cmp(a[0][i], b[0][i]) || a[1] - b[1]).map(x => x[0]);
      }
      st.view = v;
      for (const th of head.children) {
        const i = Number(th.getAttribute("data-col"));
        th.lastChild.textContent = i === st.sort ? (st.desc ? " ▼" : " ▲") : "";
      }
      draw();
    }
    function draw() {
      const pages = Math.max(1, Math.ceil(st.view.length / PAGE));
      st.page = Math.min(st.page, pages - 1);
      const start = st.page * PAGE;
      body.replaceChildren(...st.view.slice(start, start + PAGE).map(r => el("tr", {}, r.map(cell))));
      info.textContent = `rows ${st.view.length ? start + 1 : 0}–${Math.min(start + PAGE, st.view.length)} of ${st.view.length}` + (st.view.length !== rows.length ? ` (filtered from ${rows.length})` : "") + ((opts && opts.note) ? " · " + opts.note : "");
      prev.disabled = st.page === 0; next.disabled = st.page >= pages - 1;
    }
    apply();
    return el("div", { class: "grid-table" }, [el("div", { class: "table-tools" }, [filter, prev, next, info]),
      el("div", { class: "scroll" }, [el("table", { class: "data" }, [el("thead", {}, [head]), body])])]);
  };
  window.vizlogTable = function (id, t) { (pendingTables[id] || []).forEach(f => f(t)); delete pendingTables[id]; };
  const pendingTables = {};
  function table(p) {
    const box = el("div", { class: "table-box" });
    const link = el("a", { href: Vz.src(p.src), text: "Arrow file" });
    const show = (rows, note) => box.replaceChildren(Vz.grid(p.columns, p.types, rows, { note }), el("div", { class: "note" }, [link]));
    const partial = p.nrows > p.rows.length;
    show(p.rows, partial ? `first ${p.rows.length} of ${p.nrows} rows loaded` : null);
    if (partial && p.rows_src) {
      const btn = el("button", { type: "button", text: `load all ${p.nrows} rows` });
      btn.addEventListener("click", () => {
        btn.disabled = true;
        (pendingTables[p.rows_id] = pendingTables[p.rows_id] || []).push(t => show(t.rows, t.truncated ? `${t.rows.length} of ${p.nrows} rows loaded` : null));
        Vz.loadData(Vz.src(p.rows_src)).catch(() => { btn.textContent = "could not load the rows"; });
      });
      box.appendChild(btn);
    }
    return box;
  }

  // ----- charts (vega-embed, SVG fallback) ---------------------------------------------------
  function chart(p) {
    const fallback = p.svg ? el("img", { class: "chart", src: Vz.src(p.svg), alt: p.title || "chart" }) : el("div", { class: "note", text: p.error || "chart not rendered" });
    const holder = el("div", { class: "vega-holder" }, [fallback]);
    if (p.vega) {
      Vz.load("vega.bundle.js").then(() => {
        const target = el("div", { class: "vega-live" });
        // A loader that refuses everything: no data URL, image or link of a spec is followed.
        const refuse = () => Promise.reject(new Error("vizlog charts load nothing"));
        const loader = { load: refuse, sanitize: refuse, http: refuse, file: refuse, fileAccess: false };
        return window.vegaEmbed(target, p.vega, { ast: true, actions: false, renderer: "svg", tooltip: true, loader })
          .then(() => { holder.replaceChildren(target); holder.setAttribute("data-live", "1"); });
      }).catch(e => { holder.setAttribute("data-live", "0"); holder.setAttribute("data-error", String(e).slice(0, 300)); });
    }
    return el("figure", {}, [holder, el("figcaption", {}, [el("span", { text: (p.spec || "") + " · " }), el("a", { href: Vz.src(p.spec_src), text: "Vega-Lite spec" })])]);
  }

  // ----- 3D (three.js; the rendered PNG stays as thumbnail and fallback) ----------------------
  const models = {};
  window.vizlogModel = function (id, format, b64) { const r = models[id]; if (r) r(format, b64); };
  function b64bytes(b64) {
    const bin = atob(b64), out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out.buffer;
  }
  // Point clouds above LITE_POINTS are drawn decimated (every k-th point) while the view is
  // dragged, and in full on release; point clouds are drawn without antialiasing (software GL
  // pays 4x per pixel for it, and points gain little), meshes with it.
  const LITE_POINTS = 50000;
  function decimated(THREE, geom, k) {
    const n = geom.attributes.position.count, out = new THREE.BufferGeometry();
    for (const name of ["position", "color"]) {
      const a = geom.attributes[name];
      if (!a) continue;
      const m = Math.ceil(n / k), arr = new a.array.constructor(m * a.itemSize);
      for (let i = 0, j = 0; i < n; i += k, j++) for (let c = 0; c < a.itemSize; c++) arr[j * a.itemSize + c] = a.array[i * a.itemSize + c];
      out.setAttribute(name, new THREE.BufferAttribute(arr, a.itemSize, a.normalized));
    }
    return out;
  }
  function view3d(holder, p) {
    const id = p.model_id;
    const got = new Promise(resolve => { models[id] = (f, b) => resolve([f, b]); });
    Promise.all([Vz.load("three.bundle.js"), Vz.loadData(Vz.src(p.model_src)).then(() => got)]).then(([, [format, b64]]) => {
      const { THREE, OrbitControls, GLTFLoader, PLYLoader } = window.VizlogThree;
      const W = 520, H = 380;
      const show = (obj, antialias, lite) => {
        const renderer = new THREE.WebGLRenderer({ antialias, preserveDrawingBuffer: true });
        renderer.setPixelRatio(window.devicePixelRatio || 1); renderer.setSize(W, H);
        const scene = new THREE.Scene(); scene.background = new THREE.Color(0xf4f5f7);
        const camera = new THREE.PerspectiveCamera(45, W / H, 0.001, 1e7);
        scene.add(new THREE.HemisphereLight(0xffffff, 0x667085, 2.2));
        const dl = new THREE.DirectionalLight(0xffffff, 1.5); dl.position.set(1, 2, 3); scene.add(dl);
        const controls = new OrbitControls(camera, renderer.domElement);
        scene.add(obj);
        if (lite) { lite.visible = false; scene.add(lite); }
        const box = new THREE.Box3().setFromObject(obj), size = box.getSize(new THREE.Vector3()), c = box.getCenter(new THREE.Vector3());
        const r = Math.max(size.x, size.y, size.z) || 1;
        camera.position.set(c.x + r * 1.2, c.y + r * 0.9, c.z + r * 1.5); camera.near = r / 1000; camera.far = r * 100; camera.updateProjectionMatrix();
        controls.target.copy(c); controls.update();
        if (obj.isPoints) { obj.material.size = r / 200; if (lite) lite.material.size = r / 200; }
        let dragging = false, queued = false;
        const render = () => {
          if (lite) { obj.visible = !dragging; lite.visible = dragging; }
          renderer.render(scene, camera);
        };
        const draw = () => { if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; render(); }); } };
        controls.addEventListener("change", draw);
        controls.addEventListener("start", () => { dragging = true; });
        controls.addEventListener("end", () => { dragging = false; draw(); });
        const gl = renderer.getContext();
        // for tests and benchmarks: the time of one complete redraw (full or decimated), in ms
        holder.vizlogRedraw = useLite => {
          const was = dragging; dragging = !!useLite; const t = performance.now(); render();
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4)); dragging = was;
          return performance.now() - t;
        };
        render(); holder.replaceChildren(renderer.domElement); renderer.domElement.classList.add("three");
        if (lite) holder.setAttribute("data-lite-points", String(lite.geometry.attributes.position.count));
        holder.setAttribute("data-live", "1");
      };
      const buf = b64bytes(b64);
      if (format === "ply") {
        const geom = new PLYLoader().parse(buf);
        if (geom.index || (geom.attributes.position && geom.getIndex())) {
          geom.computeVertexNormals();
          show(new THREE.Mesh(geom, new THREE.MeshStandardMaterial({ vertexColors: !!geom.attributes.color, color: geom.attributes.color ? 0xffffff : 0x8aa4e6 })), true, null);
        } else {
          const material = new THREE.PointsMaterial({ vertexColors: !!geom.attributes.color, color: geom.attributes.color ? 0xffffff : 0x3564d4, size: 1 });
          const k = Math.ceil(geom.attributes.position.count / LITE_POINTS);
          show(new THREE.Points(geom, material), false, k > 1 ? new THREE.Points(decimated(THREE, geom, k), material.clone()) : null);
        }
      } else {
        new GLTFLoader().parse(buf, "", gltf => show(gltf.scene, true, null), () => holder.setAttribute("data-live", "0"));
      }
    }).catch(e => { holder.setAttribute("data-live", "0"); holder.setAttribute("data-error", String(e)); });
  }
  function object3d(p) {
    const thumb = p.thumb ? el("img", { src: Vz.src(p.thumb), alt: "3D preview", class: "chart" }) : el("div", { class: "note", text: "no preview" });
    const holder = el("div", { class: "three-holder" }, [thumb]);
    if (p.model_src) setTimeout(() => view3d(holder, p));
    return el("figure", {}, [holder, el("figcaption", {}, [el("span", { text: (p.summary || "") + (p.model_src ? " · drag to orbit, wheel to zoom, right-drag to pan · " : " · ") }), el("a", { href: Vz.src(p.src), text: "3D file" })])]);
  }

  function render(p) {
    switch (p.kind) {
      case "image": return image(p);
      case "list": return el("div", { class: "items" }, p.items.map(render));
      case "histogram": return histogram(p);
      case "video":
        if (p.format === "gif") return el("figure", {}, [el("img", { src: Vz.src(p.src), alt: p.caption || "" }), p.caption && el("figcaption", { text: p.caption })]);
        return el("figure", {}, [el("video", { src: Vz.src(p.src), controls: "", loop: "", muted: "", preload: "auto" }), p.caption && el("figcaption", { text: p.caption })]);
      case "audio": return el("figure", {}, [el("audio", { src: Vz.src(p.src), controls: "", preload: "metadata" }), p.caption && el("figcaption", { text: p.caption })]);
      // User HTML only as a sandboxed srcdoc frame: it inherits this page's CSP (no network)
      // and starts with vizlog's own; a src= frame from file:// would not be under the policy.
      case "html": return typeof p.srcdoc === "string" ? el("iframe", { class: "html", srcdoc: p.srcdoc, sandbox: "", referrerpolicy: "no-referrer" })
        : el("a", { href: Vz.src(p.src), text: "HTML file (not shown: too large)" });
      case "table": return table(p);
      case "chart": return chart(p);
      case "object3d": return object3d(p);
      case "error": return el("div", { class: "note", text: "preview failed: " + p.message });
      default: {
        const box = el("div");
        if (p.src) box.appendChild(el("a", { href: Vz.src(p.src), text: p.src }));
        box.appendChild(el("pre", { text: JSON.stringify(p.descriptor, null, 1) }));
        return box;
      }
    }
  }
  Vz.render = render;
})();
