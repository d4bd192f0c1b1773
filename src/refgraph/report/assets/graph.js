// graph.html behaviour: labels, tooltips, filters kept in the URL, and a side panel.
// Every piece of manuscript text reaches the page through textContent, never as HTML.
(function () {
  var data = JSON.parse(document.getElementById('refgraph-data').textContent);
  var info = {}, neighbours = {}, indexed = false;
  function index(nodes, edges) {
    nodes.forEach(function (n) {
      info[n.id] = n;
      neighbours[n.id] = neighbours[n.id] || [];
      n.hay = (n.text + ' ' + (n.key || '') + ' ' + n.label).toLowerCase();  // what a search reads, lowered once
    });
    edges.forEach(function (e) {
      (neighbours[e.from] = neighbours[e.from] || []).push(e.to);
      (neighbours[e.to] = neighbours[e.to] || []).push(e.from);
    });
  }
  // A large graph's nodes (texts, findings) and drawing options come in chunks
  // (refgraph-nodes-0, -1, …, refgraph-visual-0, …), read one per task after the first view
  // (readInBackground), so parsing them never freezes the page; a filter, a hover or an
  // opened group that needs them sooner reads what is left at once.
  var read = {nodes: 0, visual: 0}, visual = {}, edgesOf = {};
  function readChunk(kind) {
    var element = document.getElementById('refgraph-' + kind + '-' + read[kind]);
    if (!element) return false;
    read[kind]++;
    var chunk = JSON.parse(element.textContent);
    if (kind === 'nodes') {
      if (!data.nodes) { data.nodes = []; data.edges = []; }
      chunk.nodes.forEach(function (n) { data.nodes.push(n); });
      chunk.edges.forEach(function (e) { data.edges.push(e); });
      index(chunk.nodes, chunk.edges);
    } else {
      chunk.nodes.forEach(function (v) { visual[v.id] = v; });
      chunk.edges.forEach(function (e) { (edgesOf[e.from] = edgesOf[e.from] || []).push(e); (edgesOf[e.to] = edgesOf[e.to] || []).push(e); });
    }
    return true;
  }
  function readInBackground() {
    if (readChunk('visual') || readChunk('nodes')) setTimeout(readInBackground, 0);
  }
  function ensureNodes() {
    if (data.large) { while (readChunk('nodes')) { /* the rest, now */ } return; }
    if (!indexed) { indexed = true; index(data.nodes, data.edges); }
  }
  if (!data.large) ensureNodes();
  var RANK = {error: 0, warning: 1, info: 2};

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function heading(n) {
    return n.kind === 'claim'
      ? (n.uncited ? 'Sentence without citation, line ' : 'Claim, line ') + n.line + (n.table ? ' (' + n.table + ')' : '')
      : 'Reference ' + n.number + (n.key ? ' [' + n.key + ']' : '') + ' — cited ' + n.cited + '×';
  }
  function tip(n) {
    var box = el('div', null, 'rg-tip');
    box.appendChild(el('b', heading(n)));
    if (n.kind === 'claim') box.appendChild(el('div', n.section, 'meta'));
    box.appendChild(el('div', n.text));
    n.findings.forEach(function (f) { box.appendChild(el('div', '⚑ ' + f.severity + ': ' + f.rule + ' ' + f.message, 'f sev-' + f.severity)); });
    return box;
  }
  // A tooltip is a DOM tree: a large graph builds each on first hover, not 16k up front,
  // and draws no claim labels (the panel and tooltip carry the text).
  var titled = {};
  if (!data.large) {
    nodes.update(data.nodes.map(function (n) {
      titled[n.id] = true;
      var change = {id: n.id, title: tip(n)};
      if (n.kind === 'claim') change.label = n.label;  // drawn on the canvas as text
      return change;
    }));
  }
  network.on('hoverNode', function (event) {
    if (members[event.node]) return;  // an overview group: its label says it all
    ensureNodes();
    if (!titled[event.node] && info[event.node]) { titled[event.node] = true; nodes.update({id: event.node, title: tip(info[event.node])}); }
  });

  var controls = {q: document.getElementById('rg-search'), section: document.getElementById('rg-section'),
                  ref: document.getElementById('rg-ref'), rule: document.getElementById('rg-rule'),
                  severity: document.getElementById('rg-severity')};
  data.sections.forEach(function (s) { var o = el('option', s[0]); o.value = s[0]; controls.section.appendChild(o); });
  data.rules.forEach(function (r) { var o = el('option', r[0] + ' ' + r[1]); o.value = r[0]; controls.rule.appendChild(o); });
  var selected = '', hiddenNow = {};

  function filtering() {
    return !!(controls.q.value || controls.section.value || controls.ref.value || controls.rule.value || controls.severity.value);
  }
  function refsWanted() {
    return controls.ref.value.split(/[\s,;]+/).filter(Boolean).map(Number).filter(function (x) { return x > 0; });
  }
  function apply(fit) {
    if (data.large && !filtering()) { showLarge(null, fit); writeState(); return; }
    ensureNodes();
    var q = controls.q.value.toLowerCase().trim(), section = controls.section.value, refs = refsWanted();
    var rule = controls.rule.value, severity = controls.severity.value;
    var keep = {}, shown = 0;
    data.nodes.forEach(function (n) {
      var ok = true;
      if (q) ok = n.hay.indexOf(q) >= 0;
      if (ok && section) ok = n.kind === 'reference' || n.group === section;
      if (ok && refs.length) ok = n.kind === 'reference' ? refs.indexOf(n.number) >= 0 : n.refs.some(function (r) { return refs.indexOf(r) >= 0; });
      if (ok && severity) ok = n.severity !== '' && RANK[n.severity] <= RANK[severity];
      if (ok && rule) ok = n.findings.some(function (f) { return f.rule === rule; });
      keep[n.id] = ok;
    });
    if (section || refs.length) {  // keep the references those claims cite, and only those
      data.nodes.forEach(function (n) { if (n.kind === 'reference') keep[n.id] = refs.length ? refs.indexOf(n.number) >= 0 : false; });
      data.edges.forEach(function (e) { if (keep[e.from] && (!refs.length || refs.indexOf(info[e.to].number) >= 0)) keep[e.to] = true; });
    }
    if (data.large) { showLarge(keep, fit); writeState(); return; }
    // Only the nodes whose visibility changes are updated.
    var changes = [];
    data.nodes.forEach(function (n) {
      if (keep[n.id]) shown++;
      if (!keep[n.id] !== !!hiddenNow[n.id]) { hiddenNow[n.id] = !keep[n.id]; changes.push({id: n.id, hidden: !keep[n.id]}); }
    });
    if (changes.length) nodes.update(changes);
    document.getElementById('rg-count').textContent = shown + ' of ' + data.nodes.length + ' nodes shown';
    var visible = data.nodes.filter(function (n) { return keep[n.id]; }).map(function (n) { return n.id; });
    if (fit !== false && visible.length && !selected) network.fit({nodes: visible, animation: false});
    writeState();
  }

  // The view lives in the URL (graph.html#ref=35&rule=RG201&node=c12): shareable, and the
  // report links into it.
  function writeState() {
    var state = new URLSearchParams();
    if (controls.q.value) state.set('q', controls.q.value);
    if (controls.section.value) state.set('section', controls.section.value);
    if (controls.ref.value) state.set('ref', refsWanted().join(','));
    if (controls.rule.value) state.set('rule', controls.rule.value);
    if (controls.severity.value) state.set('severity', controls.severity.value);
    if (selected) state.set('node', selected);
    var hash = state.toString();
    if (location.hash.slice(1) !== hash) history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }
  function readState() {
    var state = new URLSearchParams(location.hash.slice(1));
    controls.q.value = state.get('q') || '';
    controls.section.value = state.get('section') || '';
    controls.ref.value = state.get('ref') || '';
    controls.rule.value = state.get('rule') || '';
    controls.severity.value = state.get('severity') || '';
    var node = state.get('node') || '';
    selected = '';
    apply(!node);
    if (node) ensureNodes();
    if (node && info[node]) select(node); else closePanel();
  }

  var panel = document.getElementById('rg-panel'), body = document.getElementById('rg-panel-body');
  function select(id) {
    ensureNodes();
    var n = info[id];
    if (!n) return;
    if (data.large && !present[id]) { openGroup(groupOf[id], function () { select(id); }); return; }
    selected = id;
    body.textContent = '';
    body.appendChild(el('h2', heading(n)));
    if (n.kind === 'claim') body.appendChild(el('div', n.section, 'meta'));
    body.appendChild(el('p', n.text));
    body.appendChild(el('h3', n.findings.length ? 'Findings (' + n.findings.length + ')' : 'No findings'));
    if (n.findings.length) {
      var list = el('ul');
      n.findings.forEach(function (f) {
        var item = el('li'), link = el('a', f.severity + ' ' + f.rule + ' ' + f.name, 'sev-' + f.severity);
        link.href = 'report.html#' + encodeURIComponent(f.anchor);
        item.appendChild(link); item.appendChild(el('div', f.message)); list.appendChild(item);
      });
      body.appendChild(list);
    }
    var around = neighbours[id].slice().sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; })
      .filter(function (x, i, all) { return all.indexOf(x) === i; });
    body.appendChild(el('h3', (n.kind === 'claim' ? 'Cites ' : 'Cited by ') + around.length));
    var near = el('ul');
    around.forEach(function (other) {
      var m = info[other], item = el('li'), button = el('button', m.kind === 'claim' ? 'line ' + m.line + ': ' + m.label : m.number + '. ' + m.text.slice(0, 90), 'nb');
      button.type = 'button';
      button.addEventListener('click', function () { select(other); });
      item.appendChild(button); near.appendChild(item);
    });
    body.appendChild(near);
    var report = el('a', 'open in the report');
    report.href = n.kind === 'reference' ? 'report.html#ref-' + n.number : n.findings.length ? 'report.html#' + encodeURIComponent(n.findings[0].anchor) : 'report.html';
    report.id = 'rg-panel-report';
    body.appendChild(el('p')).appendChild(report);
    panel.hidden = false;
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: false});
    writeState();
  }
  function closePanel() { panel.hidden = true; selected = ''; network.unselectAll(); writeState(); }

  // A large graph opens as an overview (refgraph/report/overview.py): one node per group.
  // Opening a group adds its members, laid out already, a thousand per task, so the page
  // never blocks for long.
  // The members' drawing options are read with the nodes, in chunks (readChunk).
  var groupOf = {}, members = {}, opened = {}, present = {}, added = new Set();
  if (data.large) {
    data.groups.forEach(function (g) { members[g.id] = g.members; g.members.forEach(function (m) { groupOf[m] = g.id; }); });
  }
  function drawing() {
    while (readChunk('visual')) { /* the rest, now */ }
  }
  function openGroup(id, then) {
    if (!members[id] || opened[id]) { if (then) then(); return; }
    drawing();
    opened[id] = true;
    var ids = members[id].slice();
    nodes.remove(id);
    (function chunk() {
      var part = ids.splice(0, 1000), add = [], links = [];
      part.forEach(function (m) { present[m] = true; add.push(visual[m]); });
      nodes.add(add);
      part.forEach(function (m) { (edgesOf[m] || []).forEach(function (e) {
        var other = e.from === m ? e.to : e.from;
        if (present[other] && (other !== m)) links.push(e);
      }); });
      network.body.data.edges.add(links.filter(function (e) { return added.has(e) ? false : (added.add(e), true); }));
      if (ids.length) setTimeout(chunk, 0); else if (then) then();
    })();
  }
  // A filter on a large graph shows its matches alone (and the links among them), at
  // most LIMIT nodes, instead of hiding thousands one by one; no filter is the overview.
  var LIMIT = 3000, focused = false, edgeSet = network.body.data.edges;
  function clearView() { nodes.clear(); edgeSet.clear(); present = {}; opened = {}; added = new Set(); }
  function showLarge(keep, fit) {
    var count = document.getElementById('rg-count');
    if (!filtering()) {
      if (focused) { clearView(); nodes.add(data.overview.nodes); edgeSet.add(data.overview.edges); focused = false; }
      count.textContent = data.count + ' nodes in ' + data.groups.length + ' groups: click a group to open it';
      if (fit !== false && !selected) network.fit({animation: false});
      return;
    }
    drawing();
    var matches = data.nodes.filter(function (n) { return keep[n.id]; }).map(function (n) { return n.id; });
    var shown = matches.slice(0, LIMIT), links = [];
    clearView();
    shown.forEach(function (id) { present[id] = true; });
    nodes.add(shown.map(function (id) { return visual[id]; }));
    shown.forEach(function (id) { (edgesOf[id] || []).forEach(function (e) {
      if (present[e.from] && present[e.to] && !added.has(e)) { added.add(e); links.push(e); }
    }); });
    edgeSet.add(links);
    focused = true;
    count.textContent = matches.length + ' of ' + data.count + ' nodes match' +
      (matches.length > LIMIT ? ' (the first ' + LIMIT + ' shown: narrow the filter)' : '');
    if (fit !== false && !selected && shown.length) network.fit({nodes: shown, animation: false});
  }

  network.on('click', function (event) {
    if (event.nodes.length && members[event.nodes[0]]) { openGroup(event.nodes[0]); return; }
    if (event.nodes.length) select(event.nodes[0]); else if (selected) closePanel();
  });
  document.getElementById('rg-close').addEventListener('click', closePanel);
  Object.keys(controls).forEach(function (key) { controls[key].addEventListener('input', function () { apply(); }); });
  document.getElementById('rg-reset').addEventListener('click', function () {
    Object.keys(controls).forEach(function (key) { controls[key].value = ''; });
    closePanel(); apply();
  });
  window.addEventListener('hashchange', readState);

  window.refgraph = {data: data, network: network, nodes: nodes, settled: false, select: select};
  function settle() {  // freeze the layout once it has settled: dragging and zooming stay fluid
    if (window.refgraph.settled) return;
    var loading = document.getElementById('loadingBar');  // pyvis's overlay would swallow the first clicks
    if (loading) loading.style.display = 'none';
    network.setOptions({physics: false});
    if (!selected) network.fit({animation: false});
    window.refgraph.settled = true;
  }
  // The initial stabilisation may finish before this script runs, so besides the events
  // a short poll settles the page once vis reports the layout stable, or after 6 s at most.
  network.once('stabilizationIterationsDone', settle);
  network.once('stabilized', settle);
  var polls = 0, poll = setInterval(function () {
    if (window.refgraph.settled || network.physics.stabilized || ++polls >= 24) { clearInterval(poll); settle(); }
  }, 250);
  if (data.large) settle();  // laid out in Python: nothing to settle, and the first view is final
  readState();
  if (data.large) setTimeout(readInBackground, 0);
  if (data.large && !data.groups.some(function (g) { return opened[g.id]; })) {
    document.getElementById('rg-count').textContent = data.count + ' nodes in ' + data.groups.length + ' groups: click a group to open it';
  }
})();
