// Sync topology: per cluster the tree of who takes sync from whom (GET /ui/sync-topology/data, the login form's
// session), redrawn when a sync-state event arrives on the floor plan stream.
const root = document.getElementById('sync-topology');

function node(n) {
  const li = document.createElement('li');
  li.dataset.mac = n.mac;
  li.dataset.liveSource = n.liveSource;
  const label = document.createElement('span');
  label.className = 'node';
  label.dataset.mac = n.mac;
  label.dataset.status = n.statusCode;
  label.dataset.syncLevel = n.syncLevel;
  label.textContent = `${n.name || n.mac} · level ${n.syncLevelLabel} · ${n.status}`
      + (n.syncSlave ? ` · ${n.syncSlave} slave` : '');
  label.title = n.mac + (n.syncSourceMac ? ' ← ' + n.syncSourceMac : '');
  if (n.lanMaster) label.appendChild(badge('LAN master'));
  if (n.redundancyMaster) label.appendChild(badge('redundancy master'));
  li.appendChild(label);
  if (n.children.length) {
    const ul = document.createElement('ul');
    if (n.children.every(c => !c.liveSource)) ul.className = 'planned';
    n.children.forEach(c => ul.appendChild(node(c)));
    li.appendChild(ul);
  }
  return li;
}

function badge(text) {
  const span = document.createElement('span');
  span.className = 'badge';
  span.textContent = text;
  return span;
}

async function load() {
  const response = await fetch('/ui/sync-topology/data', { credentials: 'same-origin' });
  if (!response.ok) {
    root.textContent = 'sync topology not available: HTTP ' + response.status;
    return;
  }
  const clusters = await response.json();
  root.replaceChildren(...clusters.map(c => {
    const section = document.createElement('section');
    section.className = 'cluster';
    section.dataset.cluster = c.cluster;
    const title = document.createElement('h2');
    title.textContent = `Cluster ${c.cluster}`;
    section.appendChild(title);
    const ul = document.createElement('ul');
    c.roots.forEach(r => ul.appendChild(node(r)));
    section.appendChild(ul);
    return section;
  }));
  if (!clusters.length) root.textContent = 'No activated base stations.';
  root.dataset.loaded = 'true';
}

let timer = null;
const events = new EventSource('/ui/floor-plan/events');
events.onopen = () => load();
events.onmessage = message => {
  if (JSON.parse(message.data).type === 'sync-state') {
    clearTimeout(timer);
    timer = setTimeout(load, 300);
  }
};
