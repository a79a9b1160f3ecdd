// Live floor plan: one snapshot (GET /ui/floor-plan/data), then server-sent events (GET /ui/floor-plan/events); the
// page's endpoints take the login form's session (/api/v1 is HTTP Basic only). A move sends the page's CSRF token,
// which the layout renders into <body data-csrf> (CsrfGuard compares it with its cookie).
// Vanilla JS, no build. Every drawn element carries data-* attributes with what it shows (tests read them).

const SVG = 'http://www.w3.org/2000/svg';
const svg = document.getElementById('floor-plan');
const statusLine = document.getElementById('floor-plan-status');
const canMove = svg.dataset.canMove === 'true';
const csrf = document.body.dataset.csrf;

const bases = new Map();    // mac → base of the snapshot, updated by sync-state events
const handsets = new Map(); // ipui → handset of the snapshot, updated by roamed/handover/position events
let layers = null;
let dragging = null;
let reloadTimer = null;

function el(name, attributes = {}, parent = null) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (parent) parent.appendChild(node);
  return node;
}

// Floor plan metres, north up; SVG y grows downwards.
const toSvg = p => ({ x: p.x, y: -p.y });

async function load() {
  const response = await fetch('/ui/floor-plan/data', { credentials: 'same-origin' });
  if (!response.ok) {
    statusLine.textContent = 'floor plan not available: HTTP ' + response.status;
    return;
  }
  const plan = await response.json();
  bases.clear();
  handsets.clear();
  plan.bases.forEach(b => bases.set(b.mac, b));
  plan.handsets.forEach(h => handsets.set(h.ipui, h));
  svg.dataset.dmConnected = plan.dmConnected;
  svg.dataset.simulation = plan.simulation;
  fitView();
  drawAll();
  svg.dataset.loaded = 'true';
}

function fitView() {
  const points = [...bases.values()].map(b => toSvg(b.position))
      .concat([...handsets.values()].filter(h => h.position).map(h => toSvg(h.position)));
  if (points.length === 0) points.push({ x: 0, y: 0 });
  const pad = 12;
  const xs = points.map(p => p.x), ys = points.map(p => p.y);
  const minX = Math.min(...xs) - pad, minY = Math.min(...ys) - pad;
  const width = Math.max(...xs) - Math.min(...xs) + 2 * pad, height = Math.max(...ys) - Math.min(...ys) + 2 * pad;
  svg.setAttribute('viewBox', `${minX} ${minY} ${width} ${height}`);
}

function drawAll() {
  svg.replaceChildren();
  layers = { coverage: el('g', { class: 'coverage-layer' }, svg), bases: el('g', { class: 'bases' }, svg),
             handsets: el('g', { class: 'handsets' }, svg) };
  for (const base of bases.values()) drawBase(base);
  for (const handset of handsets.values()) drawHandset(handset);
}

function drawBase(base) {
  const p = toSvg(base.position);
  const coverage = el('circle', { class: 'coverage', cx: p.x, cy: p.y, r: base.coverageRadiusMetres,
                                  'data-mac': base.mac, 'data-status': base.statusCode }, layers.coverage);
  const group = el('g', { class: 'base', id: 'base-' + base.mac, 'data-mac': base.mac, 'data-status': base.statusCode,
                          'data-cluster': base.cluster, 'data-sync-level': base.syncLevel }, layers.bases);
  el('rect', { x: p.x - .8, y: p.y - .8, width: 1.6, height: 1.6, rx: .3 }, group);
  const label = el('text', { x: p.x + 1.2, y: p.y - 1 }, group);
  label.textContent = `${base.name || base.mac} · C${base.cluster} L${base.syncLevelLabel}`;
  const title = el('title', {}, group);
  title.textContent = `${base.mac} · ${base.status}`;
  base.element = group;
  base.coverageElement = coverage;
}

// Where a handset is drawn: its position when known, else around the base it is linked to.
function placeOf(handset) {
  if (handset.position) return toSvg(handset.position);
  const base = bases.get(handset.baseMac);
  const centre = base ? toSvg(base.position) : { x: 0, y: 0 };
  const siblings = [...handsets.values()].filter(h => !h.position && h.baseMac === handset.baseMac);
  const i = siblings.indexOf(handset), angle = (i / Math.max(1, siblings.length)) * 2 * Math.PI;
  return { x: centre.x + 3 * Math.cos(angle), y: centre.y + 3 * Math.sin(angle) };
}

function drawHandset(handset) {
  const group = el('g', { class: 'handset', id: 'handset-' + handset.ipui, 'data-ipui': handset.ipui,
                          'data-can-move': canMove && handset.simulatorId != null }, layers.handsets);
  el('line', { class: 'link' }, group);
  el('circle', { r: .5 }, group);
  el('text', {}, group);
  handset.element = group;
  if (canMove && handset.simulatorId != null) group.addEventListener('pointerdown', e => startDrag(e, handset));
  updateHandset(handset);
}

// Sets only what changed: a walking handset moves its dot, label and link, and nothing else of it is touched.
function setAttr(node, name, value) {
  const text = String(value);
  if (node.getAttribute(name) !== text) node.setAttribute(name, text);
}

function updateHandset(handset) {
  const group = handset.element;
  const p = placeOf(handset);
  const base = bases.get(handset.baseMac);
  setAttr(group, 'data-base', handset.baseMac || '');
  setAttr(group, 'data-attached', handset.attached);
  setAttr(group, 'data-out-of-range', handset.outOfRange);
  setAttr(group, 'data-in-call', handset.inCall);
  const [line, circle, text] = group.children;
  setAttr(circle, 'cx', p.x);
  setAttr(circle, 'cy', p.y);
  setAttr(text, 'x', p.x + 1);
  setAttr(text, 'y', p.y + .4);
  const name = handset.name || handset.ipui;
  if (text.textContent !== name) text.textContent = name;
  const to = base ? toSvg(base.position) : p;
  setAttr(line, 'x1', p.x); setAttr(line, 'y1', p.y);
  setAttr(line, 'x2', to.x); setAttr(line, 'y2', to.y);
}

// Restarts the CSS animation of a roam or handover. Removing the class and adding it back in the next frame restarts
// it without forcing a layout per event (reading getBoundingClientRect for each made busy frames take seconds).
function flash(handset, cls) {
  const group = handset.element;
  group.classList.remove('roaming', 'handover');
  clearTimeout(handset.flashTimer);
  requestAnimationFrame(() => {
    group.classList.add(cls);
    handset.flashTimer = setTimeout(() => group.classList.remove(cls), 900);
  });
}

function reloadSoon() {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(load, 300);
}

function move(position) {
  const handset = handsets.get(position.ipui);
  if (!handset) { reloadSoon(); return; }
  if (dragging && dragging.handset === handset) return; // the pointer decides while it holds the handset
  handset.position = { x: position.x, y: position.y };
  handset.outOfRange = position.outOfRange;
  updateHandset(handset);
}

// Events wait for the next animation frame and are applied together in arrival order: the page changes the drawing
// once per frame however many events came, and a hidden tab does no work until it is shown again.
let pending = [];
function enqueue(event) {
  pending.push(event);
  if (pending.length === 1) requestAnimationFrame(applyPending);
}

function applyPending() {
  const events = pending;
  pending = [];
  if (svg.dataset.loaded !== 'true') return;
  events.forEach(apply);
}

function apply(event) {
  switch (event.type) {
    case 'roamed':
    case 'handover': {
      const handset = handsets.get(event.ipui);
      if (!handset) { reloadSoon(); return; }
      if (event.type === 'handover' && !event.success) return;
      handset.baseMac = event.toBaseMac;
      handset.attached = true;
      handset.outOfRange = false;
      updateHandset(handset);
      // When the browser learnt of it, next to when the DM saw it: the latency the page adds is visible.
      handset.element.dataset.linkChangedAt = Date.now();
      handset.element.dataset.linkOccurredAt = Date.parse(event.occurredAt);
      flash(handset, event.type === 'roamed' ? 'roaming' : 'handover');
      break;
    }
    case 'position':
      move(event);
      break;
    case 'positions':
      event.handsets.forEach(move);
      break;
    case 'sync-state': {
      const base = bases.get(event.mac);
      if (!base) { reloadSoon(); return; }
      base.status = event.status;
      base.statusCode = event.statusCode;
      base.syncType = event.syncType;
      base.syncSourceMac = event.syncSourceMac;
      base.element.dataset.status = event.statusCode;
      base.coverageElement.dataset.status = event.statusCode;
      break;
    }
    case 'registration':
      reloadSoon(); // a handset came or went: the snapshot knows its name and entry
      break;
  }
}

function svgPoint(e) {
  const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(svg.getScreenCTM().inverse());
  return { x: point.x, y: -point.y };
}

function startDrag(e, handset) {
  e.preventDefault();
  dragging = { handset, pointerId: e.pointerId };
  svg.setPointerCapture(e.pointerId);
}

svg.addEventListener('pointermove', e => {
  if (!dragging) return;
  dragging.handset.position = svgPoint(e);
  updateHandset(dragging.handset);
});

svg.addEventListener('pointerup', async e => {
  if (!dragging) return;
  const { handset } = dragging;
  dragging = null;
  const to = svgPoint(e);
  const round = v => Math.round(v * 10) / 10;
  const response = await fetch(`/ui/floor-plan/handsets/${encodeURIComponent(handset.ipui)}/position`, {
    method: 'PUT', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
    body: JSON.stringify({ x: round(to.x), y: round(to.y) })
  });
  if (!response.ok) {
    const error = await response.json().catch(() => ({}));
    statusLine.textContent = 'move refused: ' + (error.message || response.status);
    reloadSoon();
  }
});

function connect() {
  const events = new EventSource('/ui/floor-plan/events');
  events.onopen = () => {
    statusLine.textContent = 'live';
    statusLine.dataset.connected = 'true';
    load(); // after the stream is open, so nothing that happens in between is missed
  };
  events.onmessage = message => { if (svg.dataset.loaded === 'true') enqueue(JSON.parse(message.data)); };
  events.onerror = () => {
    statusLine.textContent = 'reconnecting…';
    statusLine.dataset.connected = 'false';
  };
}

connect();
