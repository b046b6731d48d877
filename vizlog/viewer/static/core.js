"use strict";
// vizlog viewer core: DOM helpers, safe sources, number formatting, script loading.
// Every user string goes through textContent or setAttribute; nothing is fetched.
(function () {
  const Vz = (window.Vz = window.Vz || {});
  const STATIC = document.body.getAttribute("data-static") || "viewer/static";

  Vz.el = function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children || []) if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    return node;
  };
  const SVGNS = "http://www.w3.org/2000/svg";
  Vz.svg = function svg(tag, attrs) {
    const node = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") node.textContent = String(v); else node.setAttribute(k, String(v));
    }
    return node;
  };
  // Only relative paths written by vizlog are used as sources; `base` (set by the page, trusted)
  // points from the page to the run folder.
  Vz.base = "";
  Vz.src = function src(p, base) {
    if (typeof p !== "string" || p === "" || p.startsWith("/") || p.includes("..") ||
        p.includes("\\") || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(p)) return null;
    return (base === undefined ? Vz.base : base) + p.split("/").map(encodeURIComponent).join("/");
  };
  Vz.num = function num(v) {
    if (typeof v !== "number" || !isFinite(v)) return null;
    return v;
  };
  Vz.fmt = function fmt(v) {
    if (typeof v === "number") {
      if (!isFinite(v)) return String(v);
      if (Number.isInteger(v) && Math.abs(v) < 1e15) return v.toLocaleString("en-US");
      const a = Math.abs(v);
      if (a >= 1e6 || (a !== 0 && a < 1e-3)) return v.toExponential(4);
      return String(Number(v.toPrecision(6)));
    }
    if (v && typeof v === "object" && v._type === "float") return String(v.value);
    if (v === null || v === undefined) return "";
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  };
  Vz.exact = function exact(v) {
    if (typeof v === "number") return String(v);
    return Vz.fmt(v);
  };
  Vz.time = function time(sec) {
    if (typeof sec !== "number") return "";
    return new Date(sec * 1000).toISOString().replace("T", " ").slice(0, 19) + " UTC";
  };
  Vz.duration = function duration(sec) {
    if (typeof sec !== "number" || !isFinite(sec)) return "";
    if (sec < 60) return sec.toFixed(1) + " s";
    const h = Math.floor(sec / 3600), m = Math.floor((sec % 3600) / 60), s = Math.floor(sec % 60);
    return (h ? h + "h " : "") + m + "m " + s + "s";
  };
  // A stable colour per name (run id or series name), from a palette of clearly different hues
  // (no two shades of one hue): the project page gives selected runs distinct ones (Vz.palette).
  const PALETTE = ["#3564d4", "#f08c00", "#2f9e44", "#e5484d", "#8e44ad", "#0ca5b0", "#c9a400",
    "#d6336c", "#8c564b", "#495057", "#7cb518", "#1b2f6b"];
  Vz.palette = PALETTE;
  Vz.color = function color(name) {
    let h = 2166136261;
    for (const ch of String(name)) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; }
    return PALETTE[h % PALETTE.length];
  };
  const loading = {};
  Vz.load = function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise((resolve, reject) => {
        const s = document.createElement("script");
        s.src = STATIC + "/" + name;
        s.onload = resolve; s.onerror = () => reject(new Error("could not load " + name));
        document.head.appendChild(s);
      });
    }
    return loading[name];
  };
  // Load a data script (window.<fn>(...) payload written by vizlog) from a relative path.
  Vz.loadData = function loadData(path) {
    return new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = path; s.onload = () => { s.remove(); resolve(); };
      s.onerror = () => { s.remove(); reject(new Error("could not load " + path)); };
      document.head.appendChild(s);
    });
  };
  Vz.data = function data(id) {
    const node = document.getElementById(id || "vizlog-data");
    return node ? JSON.parse(node.textContent) : null;
  };
  // A project's run page loads its data from viewer/runs/<run>.js (a data script, before
  // run.js); the project page replaces this function to take the run's metrics.
  window.vizlogRunData = function (dir, d) { Vz.runData = d; };
  // Live reload (`vizlog view --watch`): re-insert viewer/version.js and reload when it changes.
  Vz.watch = function watch(path, current) {
    window.vizlogVersion = function (v) { if (v !== current) location.reload(); };
    setInterval(() => { Vz.loadData(path + "?t=" + Date.now()).catch(() => {}); }, 1500);
  };
  // A large view of an image (pixelated when it is small); click or Escape closes it.
  Vz.lightbox = function lightbox(src, caption, natural) {
    const img = Vz.el("img", { src, alt: caption || "" });
    if (natural && natural < 256) img.classList.add("pixelated");
    const box = Vz.el("div", { class: "lightbox", role: "dialog", tabindex: "-1" },
      [img, caption ? Vz.el("div", { class: "cap", text: caption }) : null]);
    const close = () => { box.remove(); document.removeEventListener("keydown", onKey); };
    const onKey = e => { if (e.key === "Escape") close(); };
    box.addEventListener("click", close);
    document.addEventListener("keydown", onKey);
    document.body.appendChild(box);
    return box;
  };
  Vz.section = function section(title, id, open) {
    const body = Vz.el("div", { class: "section-body" });
    const det = Vz.el("details", { class: "section", id, open: open === false ? null : "" },
      [Vz.el("summary", { text: title }), body]);
    return { node: det, body };
  };
})();
