// The interactive 3D view of a Jupyter cell (vizlog.notebook.object3d_document): inlined with
// three.bundle.js into an <iframe sandbox="allow-scripts" srcdoc>; the model is base64 data in
// the #vizlog-model JSON block. Point clouds over LITE points draw every k-th point while dragged.
(function () {
  const { THREE, OrbitControls, GLTFLoader, PLYLoader } = window.VizlogThree;
  const m = JSON.parse(document.getElementById("vizlog-model").textContent);
  const bin = atob(m.b64), bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const W = 520, H = 380, LITE = 50000;
  function show(obj, antialias, lite) {
    const renderer = new THREE.WebGLRenderer({ antialias, preserveDrawingBuffer: true });
    renderer.setPixelRatio(window.devicePixelRatio || 1); renderer.setSize(W, H);
    const scene = new THREE.Scene(); scene.background = new THREE.Color(0xf4f5f7);
    const camera = new THREE.PerspectiveCamera(45, W / H, 0.001, 1e7);
    scene.add(new THREE.HemisphereLight(0xffffff, 0x667085, 2.2));
    const dl = new THREE.DirectionalLight(0xffffff, 1.5); dl.position.set(1, 2, 3); scene.add(dl);
    const controls = new OrbitControls(camera, renderer.domElement);
    scene.add(obj); if (lite) { lite.visible = false; scene.add(lite); }
    const box = new THREE.Box3().setFromObject(obj), size = box.getSize(new THREE.Vector3());
    const c = box.getCenter(new THREE.Vector3()), r = Math.max(size.x, size.y, size.z) || 1;
    camera.position.set(c.x + r * 1.2, c.y + r * 0.9, c.z + r * 1.5);
    camera.near = r / 1000; camera.far = r * 100; camera.updateProjectionMatrix();
    controls.target.copy(c); controls.update();
    if (obj.isPoints) { obj.material.size = r / 200; if (lite) lite.material.size = r / 200; }
    let dragging = false, queued = false;
    const render = () => { if (lite) { obj.visible = !dragging; lite.visible = dragging; } renderer.render(scene, camera); };
    const draw = () => { if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; render(); }); } };
    controls.addEventListener("change", draw);
    controls.addEventListener("start", () => { dragging = true; });
    controls.addEventListener("end", () => { dragging = false; draw(); });
    document.body.appendChild(renderer.domElement); render();
    document.body.setAttribute("data-ready", "1");
  }
  if (m.format === "ply") {
    const geom = new PLYLoader().parse(bytes.buffer);
    if (geom.index) {
      geom.computeVertexNormals();
      show(new THREE.Mesh(geom, new THREE.MeshStandardMaterial({ vertexColors: !!geom.attributes.color, color: geom.attributes.color ? 0xffffff : 0x8aa4e6 })), true, null);
    } else {
      const material = new THREE.PointsMaterial({ vertexColors: !!geom.attributes.color, color: geom.attributes.color ? 0xffffff : 0x3564d4, size: 1 });
      const n = geom.attributes.position.count, k = Math.ceil(n / LITE);
      let lite = null;
      if (k > 1) {
        const g = new THREE.BufferGeometry();
        for (const name of ["position", "color"]) {
          const a = geom.attributes[name]; if (!a) continue;
          const arr = new a.array.constructor(Math.ceil(n / k) * a.itemSize);
          for (let i = 0, j = 0; i < n; i += k, j++) for (let q = 0; q < a.itemSize; q++) arr[j * a.itemSize + q] = a.array[i * a.itemSize + q];
          g.setAttribute(name, new THREE.BufferAttribute(arr, a.itemSize, a.normalized));
        }
        lite = new THREE.Points(g, material.clone());
      }
      show(new THREE.Points(geom, material), false, lite);
    }
  } else {
    new GLTFLoader().parse(bytes.buffer, "", g => show(g.scene, true, null), () => document.body.setAttribute("data-ready", "0"));
  }
})();
