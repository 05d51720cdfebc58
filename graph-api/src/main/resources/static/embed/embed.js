/*
 * The embed page: draws /api/graph with Cytoscape.js (laid out by fCoSE, labels then pushed apart) and lists
 * /api/timeline (period starts and ends) beside it.
 *
 * The page's URL is the view, and is kept up to date with history.replaceState:
 *   center   the actor in the middle (required)          depth  hops out, 1..3 (as /api/graph)
 *   types    relation types asked of the API (as /api/graph)
 *   lang     en | zh                                      all    1: every neighbour, not only the top ones
 *   top      how many neighbours by evidence (default: 25 in a large frame, fewer in a small one; 1..500)
 *   off      relation types hidden by their chips        year   only relations that held in that year
 *   undated  0: hide relations no sentence dates (shown dotted otherwise)
 *   sel      the selected edge: TYPE|source|target
 * Relation labels, colours and which types are symmetric come from /api/relation-types (data/schema/relation-types.tsv):
 * this file names no relation type; should that request fail, edges show their type names in the default colour.
 * Edges of one type between one pair are drawn as one edge with a count.
 * When drawn, <html> carries data-nodes and data-edges (the counts drawn: nodes, and relations before merging),
 * data-merged-edges and data-center; the drawing is window.cagraphCy, and a parent frame gets a 'cagraph:drawn'
 * message with the same counts.
 * Text from the graph only ever reaches the page through textContent: names and quotes are data, not markup.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  var params = new URLSearchParams(window.location.search);

  // One colour per actor label, the same as cypher/browser/style.grass.
  var COLOURS = {
    Country: '#1f77b4', Organization: '#e8871e', Person: '#9467bd', Agreement: '#2ca02c', Initiative: '#d62728',
    Facility: '#17becf', Place: '#8c564b', Group: '#7f7f7f', Company: '#bcbd22'
  };
  var EDGE = '#a3adb8';
  var MAX_TOP = 25;
  var FONT = 'system-ui, "Noto Sans CJK TC", sans-serif';
  // name -> {symmetric, en, zh, colour}, from /api/relation-types, and the names in the file's order
  var relationTypes = {};
  var typeOrder = [];

  var TEXT = {
    en: {
      types: {
        Country: 'Country', Organization: 'Organization', Person: 'Person', Agreement: 'Agreement',
        Initiative: 'Initiative', Facility: 'Facility', Place: 'Place', Group: 'Group', Company: 'Company'
      },
      loading: 'Loading…', actors: 'actors', relationsWord: 'relations', depth: 'depth',
      timeline: 'Timeline', timelineOf: 'Timeline', noEvents: 'No dated relations.', ends: 'ends',
      held: 'in effect', periods: 'periods', open: 'open', unknown: '?',
      hint: 'Click a node to re-centre, an edge for its sources',
      role: 'role', confidence: 'confidence', undated: 'undated', noCitations: 'No citing sentence.',
      error: 'Cannot draw this graph', didYouMean: 'Did you mean', timelineError: 'The timeline could not be loaded.',
      badLang: 'lang must be en or zh', unreachable: 'The graph service did not answer.', close: 'close',
      topOf: function (shown, total) { return 'top ' + shown + ' of ' + total + ' neighbours'; },
      showAll: 'show all', showTop: function (n) { return 'top ' + n + ' only'; },
      year: 'Year', allYears: 'all years', undatedKept: 'undated (dotted)', png: 'PNG', controls: 'Filters',
      page: 'p.', cypher: 'Open in Neo4j Browser', copy: 'Copy', copied: 'Copied',
      relations: function (n) { return n + ' relations'; }, badYear: 'year must be a year, like 2005',
      hiddenByYear: function (n, y) { return n + ' not in force in ' + y; }
    },
    zh: {
      types: {
        Country: '國家', Organization: '組織', Person: '人物', Agreement: '協定', Initiative: '倡議',
        Facility: '設施', Place: '地點', Group: '團體', Company: '公司'
      },
      loading: '載入中…', actors: '個行為者', relationsWord: '條關係', depth: '層數',
      timeline: '時間軸', timelineOf: '時間軸', noEvents: '沒有標註日期的關係。', ends: '結束',
      held: '存續中', periods: '期間', open: '至今', unknown: '?',
      hint: '點選節點以重新置中，點選連線以查看出處',
      role: '角色', confidence: '信心', undated: '未標日期', noCitations: '沒有引文。',
      error: '無法繪製此圖', didYouMean: '您是否要找', timelineError: '無法載入時間軸。',
      badLang: 'lang 必須是 en 或 zh', unreachable: '圖形服務沒有回應。', close: '關閉',
      topOf: function (shown, total) { return '前 ' + shown + ' 個，共 ' + total + ' 個相鄰行為者'; },
      showAll: '顯示全部', showTop: function (n) { return '只顯示前 ' + n + ' 個'; },
      year: '年份', allYears: '所有年份', undatedKept: '未標日期（點線）', png: 'PNG', controls: '篩選',
      page: '頁', cypher: '在 Neo4j Browser 開啟', copy: '複製', copied: '已複製',
      relations: function (n) { return n + ' 條關係'; }, badYear: 'year 必須是年份，例如 2005',
      hiddenByYear: function (n, y) { return n + ' 條於 ' + y + ' 年不存續'; }
    }
  };

  var lang = params.get('lang') || 'en';
  var t = TEXT[lang] || TEXT.en;
  var cy = null;
  var actors = {};
  var graphData = null;

  // ---- small helpers ---------------------------------------------------------------------------------------------

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function $(id) {
    return document.getElementById(id);
  }

  function nameOf(a) {
    if (!a) {
      return '';
    }
    return (lang === 'zh' && a.nameZh) ? a.nameZh : (a.name || a.nameZh || a.id);
  }

  // Cytoscape.js wraps labels at spaces only: a long name without any (Chinese) is cut into even lines of at most 9
  function wrapLabel(name) {
    if (name.length <= 10 || /\s/.test(name)) {
      return name;
    }
    var lines = Math.ceil(name.length / 9);
    var width = Math.ceil(name.length / lines);
    var out = [];
    for (var i = 0; i < name.length; i += width) {
      out.push(name.slice(i, i + width));
    }
    return out.join('\n');
  }

  function relationLabel(type) {
    var r = relationTypes[type];
    return (r && (lang === 'zh' ? r.zh : r.en)) || type;
  }

  function relationColour(type) {
    return (relationTypes[type] && relationTypes[type].colour) || EDGE;
  }

  function isSymmetric(type) {
    return !!(relationTypes[type] && relationTypes[type].symmetric);
  }

  function listParam(name) {
    var v = params.get(name);
    return v ? v.split(',').map(function (s) { return s.trim(); }).filter(Boolean) : [];
  }

  // ---- the view's state, as the URL says it ----------------------------------------------------------------------

  function currentCenter() {
    return params.get('center');
  }

  function showAll() {
    return params.get('all') === '1';
  }

  // the neighbours drawn by default: at most 25, fewer where the frame has no room for their names
  function defaultTop() {
    var area = window.innerWidth * window.innerHeight;
    return Math.max(8, Math.min(MAX_TOP, Math.floor(area / 11000)));
  }

  function topWanted() {
    var n = parseInt(params.get('top'), 10);
    return n > 0 ? n : defaultTop();
  }

  function yearWanted() {
    var y = params.get('year');
    return y && /^\d{4}$/.test(y) ? Number(y) : null;
  }

  function undatedShown() {
    return params.get('undated') !== '0';
  }

  function hiddenTypes() {
    return listParam('off');
  }

  function setParam(name, value) {
    if (value === null || value === undefined || value === '') {
      params.delete(name);
    } else {
      params.set(name, String(value));
    }
    try {
      window.history.replaceState(null, '', '?' + params.toString());
    } catch (e) {
      // a sandboxed frame may refuse: the drawing still follows
    }
  }

  // ---- requests --------------------------------------------------------------------------------------------------

  // once per page: the relation types' labels and colours; a failure leaves the type names and the default colour
  var typesLoaded = null;

  function loadRelationTypes() {
    if (!typesLoaded) {
      typesLoaded = getJson('api/relation-types').then(function (body) {
        (body.types || []).forEach(function (r) {
          relationTypes[r.name] = r;
          typeOrder.push(r.name);
        });
        root.setAttribute('data-relation-types', String((body.types || []).length));
      }, function () {
        root.setAttribute('data-relation-types', '0');
      });
    }
    return typesLoaded;
  }

  function apiUrl(path, query) {
    var q = new URLSearchParams();
    Object.keys(query).forEach(function (k) {
      if (query[k] !== null && query[k] !== undefined) {
        q.set(k, query[k]);
      }
    });
    return path + '?' + q.toString();
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (res) {
        return res.json().catch(function () {
          return { title: res.statusText, detail: 'HTTP ' + res.status };
        }).then(function (body) {
          if (!res.ok) {
            var err = new Error(body.detail || body.title || ('HTTP ' + res.status));
            err.problem = body;
            throw err;
          }
          return body;
        });
      }, function () {
        var err = new Error(t.unreachable);
        err.problem = {};
        throw err;
      });
  }

  // every page of a paged list: size=500 a page, then the API's next links (relative to the API's root)
  function getAllPages(url, key, acc) {
    return getJson(url).then(function (body) {
      var items = (acc || []).concat(body[key] || []);
      if (body.next) {
        return getAllPages(body.next.replace(/^\//, ''), key, items);
      }
      body[key] = items;
      return body;
    });
  }

  function setPanel(panel) {
    root.setAttribute('data-panel', panel);
  }

  // ---- errors ----------------------------------------------------------------------------------------------------

  function showError(err) {
    var box = $('error');
    clear(box);
    box.appendChild(el('h2', null, t.error));
    box.appendChild(el('p', null, err.message));
    var suggestions = (err.problem && err.problem.suggestions) || [];
    if (suggestions.length) {
      var p = el('p', null, t.didYouMean + ' ');
      suggestions.forEach(function (id, i) {
        var q = new URLSearchParams(params);
        q.set('center', id);
        var a = el('a', null, id);
        a.href = '?' + q.toString();
        if (i > 0) {
          p.appendChild(document.createTextNode(', '));
        }
        p.appendChild(a);
      });
      p.appendChild(document.createTextNode('?'));
      box.appendChild(p);
    }
    box.hidden = false;
    root.setAttribute('data-state', 'error');
    root.setAttribute('data-error', err.message);
    $('summary').textContent = '';
  }

  // ---- time: does a relation hold in a year? ---------------------------------------------------------------------

  // as the API's asOf: a period holds in year y when it is known to hold from a day no later than y's last day and
  // may hold until a day no earlier than y's first ('from' null: since forever; 'to' null: still open)
  function periodHolds(p, year) {
    return (p.from || '') <= year + '-12-31' && (p.to || '9999-12-31') >= year + '-01-01';
  }

  // 'held', 'not' or 'undated' (no period: no sentence says when)
  function relationAt(r, year) {
    var periods = r.periods || [];
    if (!periods.length) {
      return 'undated';
    }
    return periods.some(function (p) { return periodHolds(p, year); }) ? 'held' : 'not';
  }

  // a merged edge holds when one of its relations does; else it is undated when one of them is
  function edgeAt(relations, year) {
    var states = relations.map(function (r) { return relationAt(r, year); });
    if (states.indexOf('held') >= 0) {
      return 'held';
    }
    return states.indexOf('undated') >= 0 ? 'undated' : 'not';
  }

  function yearRange(edges) {
    var lo = null;
    var hi = new Date().getFullYear();
    edges.forEach(function (e) {
      (e.periods || []).forEach(function (p) {
        [p.start, p.end].forEach(function (d) {
          var y = d ? Number(d.slice(0, 4)) : null;
          if (y && (lo === null || y < lo)) {
            lo = y;
          }
        });
      });
    });
    return { lo: lo === null ? hi - 30 : lo, hi: hi };
  }

  // ---- graph: merged edges ---------------------------------------------------------------------------------------

  // one edge per type and pair: A→B and B→A of one type are one edge with arrows at both ends
  function edgeKey(e) {
    var a = e.source < e.target ? e.source : e.target;
    var b = e.source < e.target ? e.target : e.source;
    return e.type + '|' + a + '|' + b;
  }

  function mergeEdges(edges) {
    var merged = {};
    var order = [];
    edges.forEach(function (e) {
      var k = edgeKey(e);
      if (!merged[k]) {
        merged[k] = { id: k, type: e.type, source: e.source, target: e.target, relations: [], both: false };
        order.push(k);
      }
      var m = merged[k];
      m.relations.push(e);
      if (e.source !== m.source) {
        m.both = true;
      }
    });
    return order.map(function (k) { return merged[k]; });
  }

  function evidenceOf(relations) {
    return relations.reduce(function (n, r) { return n + (r.citations || []).length; }, 0);
  }

  function toElements(graph) {
    var elements = [];
    actors = {};
    graph.nodes.forEach(function (n) {
      actors[n.id] = n;
      elements.push({
        group: 'nodes',
        data: { id: n.id, label: wrapLabel(nameOf(n)), name: nameOf(n), type: n.type, colour: COLOURS[n.type] || '#7f7f7f' },
        classes: n.id === graph.center ? 'center' : ''
      });
    });
    mergeEdges(graph.edges).forEach(function (m) {
      var count = m.relations.length;
      var classes = [];
      if (isSymmetric(m.type)) {
        classes.push('symmetric');
      } else if (m.both) {
        classes.push('both');
      }
      if (m.relations.every(function (r) { return !(r.periods || []).length; })) {
        classes.push('undated');
      }
      elements.push({
        group: 'edges',
        data: {
          id: m.id, source: m.source, target: m.target, type: m.type, relations: m.relations, count: count,
          label: relationLabel(m.type) + (count > 1 ? ' ×' + count : ''),
          width: Math.min(1.4 + Math.log(1 + evidenceOf(m.relations)) * 0.9, 5), colour: relationColour(m.type)
        },
        classes: classes.join(' ')
      });
    });
    return elements;
  }

  function style() {
    return [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)', label: 'data(label)', width: 26, height: 26,
          'font-size': 13, color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-wrap': 'wrap', 'text-max-width': smallFrame() ? 90 : 130, 'font-family': FONT, 'text-outline-color': '#ffffff',
          'text-outline-width': 2, 'border-width': 1.5, 'border-color': '#ffffff', 'min-zoomed-font-size': 5
        }
      },
      {
        selector: 'node.center',
        style: { width: 40, height: 40, 'border-width': 3, 'border-color': '#1f2933', 'font-size': 15, 'font-weight': 'bold' }
      },
      { selector: 'node.faded', style: { opacity: 0.25 } },
      {
        selector: 'edge',
        style: {
          width: 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'target-arrow-color': 'data(colour)', 'source-arrow-color': 'data(colour)', 'arrow-scale': 0.9,
          label: '', 'font-size': 11, color: '#1f2933', 'text-rotation': 'autorotate', 'font-family': FONT,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2,
          'min-zoomed-font-size': 4, opacity: 0.85
        }
      },
      { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
      { selector: 'edge.both', style: { 'source-arrow-shape': 'triangle' } },
      { selector: 'edge.undated', style: { 'line-style': 'dotted' } },
      { selector: 'edge.hidden, node.hidden', style: { display: 'none' } },
      { selector: 'edge.hover, edge:selected, edge.active', style: { label: 'data(label)', opacity: 1, 'z-index': 10 } },
      { selector: 'edge:selected, edge.active', style: { 'line-color': '#1f6fb2', 'target-arrow-color': '#1f6fb2', 'source-arrow-color': '#1f6fb2', color: '#1f6fb2' } },
      { selector: 'node:selected', style: { 'border-color': '#1f6fb2', 'border-width': 3 } }
    ];
  }

  // ---- layout: fCoSE, then labels pushed apart until no two overlap ----------------------------------------------

  // a small frame (the page's own breakpoint) gets a tighter layout: shorter edges, so that labels stay legible
  function smallFrame() {
    return window.innerWidth < 640 || window.innerHeight < 420;
  }

  function layoutOptions() {
    var small = smallFrame();
    return {
      name: 'fcose', quality: 'default', randomize: true, animate: false, fit: false, padding: 20,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: small ? 30 : 70, nodeRepulsion: small ? 2500 : 9000,
      edgeElasticity: 0.3, gravity: small ? 1 : 0.4, numIter: 2500, packComponents: true
    };
  }

  function fallbackLayout() {
    return { name: 'concentric', animate: false, fit: false, avoidOverlap: true, minNodeSpacing: 30,
      concentric: function (n) { return n.hasClass('center') ? 2 : 1; }, levelWidth: function () { return 1; } };
  }

  // a node with its label, in model coordinates, with a margin
  function box(n, margin) {
    var b = n.boundingBox({ includeLabels: true, includeNodes: true, includeEdges: false, includeOverlays: false });
    return { x1: b.x1 - margin, y1: b.y1 - margin, x2: b.x2 + margin, y2: b.y2 + margin };
  }

  function overlap(a, b) {
    var dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
    var dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
    return dx > 0 && dy > 0 ? { dx: dx, dy: dy } : null;
  }

  // moves two nodes apart along the axis that needs less, half each (the centre stays put: the other moves all)
  function pushApart(a, b, o, boxes) {
    var ca = a.position();
    var cb = b.position();
    var horizontal = o.dx < o.dy;
    var d = (horizontal ? o.dx : o.dy) + 0.5;
    var sign = horizontal ? (ca.x <= cb.x ? -1 : 1) : (ca.y <= cb.y ? -1 : 1);
    var shareA = a.hasClass('center') ? 0 : (b.hasClass('center') ? 1 : 0.5);
    var moveA = sign * d * shareA;
    var moveB = -sign * d * (1 - shareA);
    shift(a, horizontal, moveA, boxes[a.id()]);
    shift(b, horizontal, moveB, boxes[b.id()]);
  }

  function shift(n, horizontal, by, b) {
    var p = n.position();
    n.position(horizontal ? { x: p.x + by, y: p.y } : { x: p.x, y: p.y + by });
    if (horizontal) {
      b.x1 += by;
      b.x2 += by;
    } else {
      b.y1 += by;
      b.y2 += by;
    }
  }

  function separateLabels() {
    var nodes = cy.nodes().toArray();
    var boxes = {};
    nodes.forEach(function (n) { boxes[n.id()] = box(n, 3); });
    for (var round = 0; round < 400; round++) {
      var moved = false;
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var o = overlap(boxes[nodes[i].id()], boxes[nodes[j].id()]);
          if (o) {
            pushApart(nodes[i], nodes[j], o, boxes);
            moved = true;
          }
        }
      }
      if (!moved) {
        return round;
      }
    }
    return -1;
  }

  function arrange() {
    var fcose = typeof cy.layout === 'function' && window.cytoscapeFcose !== undefined;
    try {
      cy.layout(fcose ? layoutOptions() : fallbackLayout()).run();
    } catch (e) {
      cy.layout(fallbackLayout()).run();
    }
    root.setAttribute('data-layout', fcose ? 'fcose' : 'concentric');
    root.setAttribute('data-separation-rounds', String(separateLabels()));
    fit();
  }

  function fit() {
    cy.fit(undefined, smallFrame() ? 6 : 16);
    if (cy.zoom() > 1.6) {
      cy.zoom(1.6);
      cy.center();
    }
  }

  // ---- drawing ---------------------------------------------------------------------------------------------------

  function draw(graph) {
    graphData = graph;
    if (cy) {
      cy.destroy();
    }
    cy = window.cagraphCy = cytoscape({
      container: $('graph'), elements: toElements(graph), style: style(),
      minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single'
    });
    arrange();
    bindGraphEvents();
    drawLegend(graph);
    drawChips(graph);
    setUpYear(graph);
    applyFilters();
    restoreSelection();
    announce(graph);
  }

  function bindGraphEvents() {
    cy.on('tap', 'node', function (evt) {
      var id = evt.target.id();
      if (id !== currentCenter()) {
        recentre(id);
      }
    });
    cy.on('tap', 'edge', function (evt) {
      selectEdge(evt.target);
    });
    cy.on('tap', function (evt) {
      if (evt.target === cy) {
        closeDetails();
      }
    });
    cy.on('mouseover', 'edge', function (evt) { evt.target.addClass('hover'); });
    cy.on('mouseout', 'edge', function (evt) { evt.target.removeClass('hover'); });
  }

  function summaryText(graph) {
    var n = cy.nodes().length;
    var parts = [n + ' ' + t.actors, graph.edges.length + ' ' + t.relationsWord];
    if (graph.depth > 1) {
      parts.push(t.depth + ' ' + graph.depth);
    }
    if (graph.truncated) {
      parts.push('…');
    }
    return parts.join(' · ');
  }

  function announce(graph) {
    $('summary').textContent = summaryText(graph);
    drawShowAll(graph);
    var n = cy.nodes().length;
    var m = graph.edges.length;
    root.setAttribute('data-center', graph.center);
    root.setAttribute('data-nodes', String(n));
    root.setAttribute('data-edges', String(m));
    root.setAttribute('data-merged-edges', String(cy.edges().length));
    root.setAttribute('data-state', 'ready');
    if (window.parent && window.parent !== window) {
      window.parent.postMessage({ type: 'cagraph:drawn', center: graph.center, nodes: n, edges: m }, '*');
    }
  }

  // "top 25 of 65 neighbours · show all", or "top 25 only" once all are drawn
  function drawShowAll(graph) {
    var button = $('show-all');
    var shown = graph.nodes.filter(function (n) { return n.id !== graph.center; }).length;
    var total = graph.neighbours || 0;
    var cut = graph.top !== null && graph.top !== undefined && total > graph.top;
    button.hidden = !(cut || (showAll() && total > topWanted()));
    button.textContent = showAll() ? t.showTop(topWanted()) : t.showAll;
    $('neighbours').textContent = cut ? t.topOf(Math.min(shown, graph.top), total) : '';
  }

  function drawLegend(graph) {
    var legend = $('legend');
    clear(legend);
    var seen = {};
    graph.nodes.forEach(function (n) { seen[n.type] = (seen[n.type] || 0) + 1; });
    Object.keys(COLOURS).filter(function (k) { return seen[k]; }).concat(
      Object.keys(seen).filter(function (k) { return !COLOURS[k]; })
    ).forEach(function (type) {
      var li = el('li');
      var sw = el('span', 'swatch');
      sw.style.backgroundColor = COLOURS[type] || '#7f7f7f';
      li.appendChild(sw);
      li.appendChild(el('span', null, t.types[type] || type));
      legend.appendChild(li);
    });
  }

  // ---- filters: type chips and the year ---------------------------------------------------------------------------

  function typesPresent(graph) {
    var count = {};
    graph.edges.forEach(function (e) { count[e.type] = (count[e.type] || 0) + 1; });
    var known = typeOrder.filter(function (k) { return count[k]; });
    var unknown = Object.keys(count).filter(function (k) { return typeOrder.indexOf(k) < 0; }).sort();
    return known.concat(unknown).map(function (k) { return { type: k, count: count[k] }; });
  }

  function drawChips(graph) {
    var box = $('chips');
    clear(box);
    var off = hiddenTypes();
    typesPresent(graph).forEach(function (c) {
      var chip = el('button', 'chip');
      chip.type = 'button';
      chip.setAttribute('data-type', c.type);
      chip.setAttribute('aria-pressed', off.indexOf(c.type) < 0 ? 'true' : 'false');
      var sw = el('span', 'swatch');
      sw.style.backgroundColor = relationColour(c.type);
      chip.appendChild(sw);
      chip.appendChild(el('span', null, relationLabel(c.type)));
      chip.appendChild(el('span', 'count', c.count));
      chip.addEventListener('click', function () { toggleType(c.type); });
      box.appendChild(chip);
    });
  }

  function toggleType(type) {
    var off = hiddenTypes();
    var i = off.indexOf(type);
    if (i >= 0) {
      off.splice(i, 1);
    } else {
      off.push(type);
    }
    setParam('off', off.join(','));
    Array.prototype.forEach.call(document.querySelectorAll('#chips .chip'), function (chip) {
      chip.setAttribute('aria-pressed', off.indexOf(chip.getAttribute('data-type')) < 0 ? 'true' : 'false');
    });
    applyFilters();
  }

  // the slider's lowest stop means "all years"
  function setUpYear(graph) {
    var range = yearRange(graph.edges);
    var slider = $('year');
    slider.min = String(range.lo - 1);
    slider.max = String(range.hi);
    var y = yearWanted();
    slider.value = String(y === null ? range.lo - 1 : Math.max(range.lo, Math.min(range.hi, y)));
    $('undated').checked = undatedShown();
    showYear();
  }

  function sliderYear() {
    var slider = $('year');
    return Number(slider.value) <= Number(slider.min) ? null : Number(slider.value);
  }

  function showYear() {
    var y = sliderYear();
    $('year-value').textContent = y === null ? t.allYears : String(y);
  }

  function onYearInput() {
    showYear();
    setParam('year', sliderYear());
    applyFilters();
  }

  function onUndatedChange() {
    setParam('undated', $('undated').checked ? null : '0');
    applyFilters();
  }

  // which edges stay: their type's chip is on, and in the chosen year they held (or are undated, if kept)
  function edgeVisible(edge, off, year, keepUndated) {
    if (off.indexOf(edge.data('type')) >= 0) {
      return false;
    }
    if (year === null) {
      return true;
    }
    var state = edgeAt(edge.data('relations'), year);
    return state === 'held' || (state === 'undated' && keepUndated);
  }

  function applyFilters() {
    if (!cy) {
      return;
    }
    var off = hiddenTypes();
    var year = yearWanted();
    var keepUndated = undatedShown();
    var hiddenByYear = 0;
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        var visible = edgeVisible(e, off, year, keepUndated);
        e.toggleClass('hidden', !visible);
        if (!visible && off.indexOf(e.data('type')) < 0) {
          hiddenByYear += e.data('count');
        }
      });
      cy.nodes().forEach(function (n) {
        var alone = !n.hasClass('center') && n.connectedEdges().filter(function (e) { return !e.hasClass('hidden'); }).empty();
        n.toggleClass('faded', alone);
      });
    });
    $('year-note').textContent = year !== null && hiddenByYear ? t.hiddenByYear(hiddenByYear, year) : '';
    root.setAttribute('data-visible-edges', String(cy.edges().filter(function (e) { return !e.hasClass('hidden'); }).length));
    root.setAttribute('data-year', year === null ? '' : String(year));
  }

  // ---- details: one merged edge, its relations and their citing sentences ----------------------------------------

  function selectEdge(edge) {
    cy.elements().unselect();
    edge.select();
    setParam('sel', edge.id());
    showEdge(edge);
  }

  function restoreSelection() {
    var sel = params.get('sel');
    var edge = sel ? cy.getElementById(sel) : null;
    if (edge && edge.length && edge.isEdge()) {
      edge.select();
      showEdge(edge);
    }
  }

  function showEdge(edge) {
    var relations = edge.data('relations') || [];
    var source = actors[edge.data('source')] || { id: edge.data('source') };
    var target = actors[edge.data('target')] || { id: edge.data('target') };
    var undirected = isSymmetric(edge.data('type')) || edge.hasClass('both');
    var arrow = undirected ? ' ↔ ' : ' → ';
    var title = nameOf(source) + arrow + relationLabel(edge.data('type')) + arrow + nameOf(target);
    $('details-title').textContent = title;
    $('details-meta').textContent = relations.length > 1 ? t.relations(relations.length) : metaText(relations[0] || {});
    var list = $('citations');
    clear(list);
    relations.forEach(function (r) {
      if (relations.length > 1) {
        list.appendChild(el('li', 'relation', metaText(r)));
      }
      appendCitations(list, r.citations);
    });
    if (!list.firstChild) {
      list.appendChild(el('li', 'empty', t.noCitations));
    }
    showCypher(cypherFor(edge.data('type'), edge.data('source'), edge.data('target'), undirected));
    openDetails();
  }

  function showEvent(ev) {
    var centre = actors[currentCenter()] || { id: currentCenter(), name: currentCenter() };
    var other = { id: ev.otherId, name: ev.otherName, nameZh: ev.otherNameZh };
    var a = ev.direction === 'out' ? centre : other;
    var b = ev.direction === 'out' ? other : centre;
    $('details-title').textContent = nameOf(a) + ' → ' + relationLabel(ev.type) + ' → ' + nameOf(b);
    $('details-meta').textContent = metaText(ev);
    var list = $('citations');
    clear(list);
    appendCitations(list, boundFirst(ev));
    if (!list.firstChild) {
      list.appendChild(el('li', 'empty', t.noCitations));
    }
    showCypher(cypherFor(ev.type, a.id, b.id, isSymmetric(ev.type)));
    openDetails();
    if (cy) {
      cy.edges().removeClass('active');
      cy.edges().filter(function (e) {
        return (e.data('relations') || []).some(function (d) {
          return d.type === ev.type && d.source === a.id && d.target === b.id;
        });
      }).addClass('active');
    }
  }

  // the citations of a timeline event, the sentence that dates its start or end first
  function boundFirst(ev) {
    var all = ev.citations || [];
    if (!ev.citation) {
      return all;
    }
    return all.filter(function (c) { return c.sentence === ev.citation.sentence; })
      .concat(all.filter(function (c) { return c.sentence !== ev.citation.sentence; }));
  }

  // "1992-05-15 – 1999, 2006 – 2012": a relation's periods, '?' for a start no sentence states
  function periodsText(periods) {
    return periods.map(function (p) {
      return (p.start || t.unknown) + ' – ' + (p.end || t.open);
    }).join(', ');
  }

  function metaText(r) {
    var meta = [r.type];
    if (r.periods && r.periods.length) {
      meta.push(t.periods + ' ' + periodsText(r.periods));
    } else {
      meta.push(r.date || (r.since ? r.since : t.undated));
      if (r.until) {
        meta.push(t.ends + ' ' + r.until);
      }
    }
    if (r.role) {
      meta.push(t.role + ': ' + r.role);
    }
    if (r.confidence !== null && r.confidence !== undefined) {
      meta.push(t.confidence + ' ' + r.confidence);
    }
    return meta.join(' · ');
  }

  // quote, then the article's title, its authors, the year and (for a PDF) the page
  function appendCitations(list, citations) {
    (citations || []).forEach(function (c) {
      var li = el('li');
      li.appendChild(el('blockquote', null, c.quote || c.text));
      var cite = el('cite');
      cite.appendChild(el('b', 'title', c.title || c.document));
      var by = [];
      if (c.authors && c.authors.length) {
        by.push([].concat(c.authors).join(', '));
      }
      if (c.year) {
        by.push(c.year);
      }
      if (c.page !== null && c.page !== undefined) {
        by.push(t.page + ' ' + c.page);
      }
      if (by.length) {
        cite.appendChild(document.createTextNode(' — '));
        cite.appendChild(el('span', 'by', by.join(', ')));
      }
      li.appendChild(cite);
      list.appendChild(li);
    });
  }

  // ids as Cypher string literals: a quote or backslash in an id cannot end the string
  function cypherString(s) {
    return "'" + String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
  }

  function cypherFor(type, source, target, undirected) {
    return 'MATCH p = (a:Actor {id: ' + cypherString(source) + '})-[r:' + type + ']-' + (undirected ? '' : '>')
      + '(b:Actor {id: ' + cypherString(target) + '}) RETURN p';
  }

  function showCypher(text) {
    $('cypher-label').textContent = t.cypher;
    $('cypher').textContent = text;
    $('copy-cypher').textContent = t.copy;
  }

  function copyCypher() {
    var text = $('cypher').textContent;
    var done = function () { $('copy-cypher').textContent = t.copied; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { selectText($('cypher')); });
    } else {
      selectText($('cypher'));
    }
  }

  function selectText(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  function openDetails() {
    $('details').hidden = false;
    setPanel('details');
  }

  function closeDetails() {
    $('details').hidden = true;
    if (cy) {
      cy.edges().removeClass('active').unselect();
    }
    if (params.get('sel')) {
      setParam('sel', null);
    }
    Array.prototype.forEach.call(document.querySelectorAll('.events li.active'), function (li) {
      li.classList.remove('active');
    });
    setPanel('none');
  }

  // ---- PNG -------------------------------------------------------------------------------------------------------

  // the whole drawing on white at twice the size, as a file; the link keeps the last export as a data: URL (the
  // page's policy lets a download of one through, where a fetch of a blob: URL would be refused by connect-src)
  function exportPng() {
    if (!cy) {
      return;
    }
    var uri = cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff' });
    var link = $('png-link');
    link.href = uri;
    link.download = 'cagraph-' + (currentCenter() || 'graph') + (yearWanted() ? '-' + yearWanted() : '') + '.png';
    link.click();
    root.setAttribute('data-png', String(uri.length));
  }

  // ---- timeline ----------------------------------------------------------------------------------------------------

  function drawTimeline(center, body) {
    var list = $('events');
    clear(list);
    var wanted = listParam('types');
    var events = body.events.filter(function (ev) { return !wanted.length || wanted.indexOf(ev.type) >= 0; });
    events.forEach(function (ev) {
      list.appendChild(eventItem(ev, list));
    });
    if (!events.length) {
      list.appendChild(el('li', 'empty', t.noEvents));
    }
    root.setAttribute('data-events', String(events.length));
  }

  function eventItem(ev, list) {
    var li = el('li');
    li.appendChild(el('time', null, ev.at));
    var what = el('div', 'what');
    var type = el('span', 'type');
    var sw = el('span', 'swatch');
    sw.style.backgroundColor = COLOURS[ev.otherType] || '#7f7f7f';
    type.appendChild(document.createTextNode(relationLabel(ev.type)));
    what.appendChild(type);
    what.appendChild(el('br'));
    what.appendChild(sw);
    what.appendChild(document.createTextNode(' ' + (ev.direction === 'out' ? '→ ' : '← ')));
    what.appendChild(el('span', 'other', nameOf({ id: ev.otherId, name: ev.otherName, nameZh: ev.otherNameZh })));
    if (ev.role) {
      what.appendChild(el('span', 'role', ' (' + ev.role + ')'));
    }
    // events are period bounds: 'start', 'end', or 'held' (dated by an event, no start stated)
    if (ev.event === 'end') {
      what.appendChild(el('span', 'ends', ' · ' + t.ends));
    } else if (ev.event === 'held') {
      what.appendChild(el('span', 'held', ' · ' + t.held));
    }
    li.appendChild(what);
    li.addEventListener('click', function () {
      Array.prototype.forEach.call(list.querySelectorAll('li.active'), function (x) { x.classList.remove('active'); });
      li.classList.add('active');
      showEvent(ev);
    });
    return li;
  }

  // ---- loading -----------------------------------------------------------------------------------------------------

  function recentre(id) {
    params.set('center', id);
    params.delete('sel');
    setParam('center', id);
    load();
  }

  function graphUrl() {
    return apiUrl('api/graph', {
      center: currentCenter(), depth: params.get('depth'), types: params.get('types'), top: showAll() ? null : topWanted()
    });
  }

  function checkParams() {
    if (!TEXT[lang]) {
      return t.badLang + " ('" + lang + "')";
    }
    var y = params.get('year');
    if (y !== null && y !== '' && !/^\d{4}$/.test(y)) {
      return t.badYear + " ('" + y + "')";
    }
    return null;
  }

  function load() {
    var center = currentCenter();
    root.setAttribute('data-state', 'loading');
    root.removeAttribute('data-error');
    $('error').hidden = true;
    $('details').hidden = true;
    setPanel('none');
    $('summary').textContent = t.loading;
    var bad = checkParams();
    if (bad) {
      showError(new Error(bad));
      return;
    }
    loadRelationTypes().then(function () {
      return getJson(graphUrl());
    }).then(function (graph) {
      $('title').textContent = nameOf(graph.nodes.filter(function (n) { return n.id === graph.center; })[0]);
      document.title = $('title').textContent + ' — ' + document.title.split(' — ').pop();
      draw(graph);
      return getAllPages(apiUrl('api/timeline', { actor: center, size: 500 }), 'events').then(function (body) {
        drawTimeline(center, body);
      }, function () {
        var list = $('events');
        clear(list);
        list.appendChild(el('li', 'empty', t.timelineError));
      });
    }).catch(function (err) {
      if (cy) {
        cy.destroy();
        cy = window.cagraphCy = null;
      }
      clear($('legend'));
      clear($('events'));
      clear($('chips'));
      showError(err);
    });
  }

  function toggleShowAll() {
    setParam('all', showAll() ? null : '1');
    params.delete('sel');
    load();
  }

  function labelControls() {
    root.setAttribute('lang', lang === 'zh' ? 'zh-Hant' : 'en');
    $('show-timeline').textContent = t.timeline;
    $('show-controls').textContent = t.controls;
    $('timeline-title').textContent = t.timelineOf;
    $('hint').textContent = t.hint;
    $('year-label').textContent = t.year;
    $('undated-label').textContent = t.undatedKept;
    $('export-png').textContent = t.png;
    $('close-details').setAttribute('aria-label', t.close);
    $('close-timeline').setAttribute('aria-label', t.close);
  }

  // a frame resized (full screen, a rotated phone) keeps the whole drawing in view
  var refitTimer = null;

  function onResize() {
    window.clearTimeout(refitTimer);
    refitTimer = window.setTimeout(function () {
      if (cy) {
        cy.resize();
        fit();
      }
    }, 150);
  }

  function bindControls() {
    window.addEventListener('resize', onResize);
    $('show-timeline').addEventListener('click', function () {
      setPanel(root.getAttribute('data-panel') === 'timeline' ? 'none' : 'timeline');
    });
    $('show-controls').addEventListener('click', function () {
      root.setAttribute('data-controls', root.getAttribute('data-controls') === 'open' ? 'closed' : 'open');
    });
    $('close-details').addEventListener('click', closeDetails);
    $('close-timeline').addEventListener('click', function () { setPanel('none'); });
    $('show-all').addEventListener('click', toggleShowAll);
    $('year').addEventListener('input', onYearInput);
    $('undated').addEventListener('change', onUndatedChange);
    $('export-png').addEventListener('click', exportPng);
    $('copy-cypher').addEventListener('click', copyCypher);
    document.addEventListener('securitypolicyviolation', function (e) {
      var n = Number(root.getAttribute('data-csp-violations') || '0') + 1;
      root.setAttribute('data-csp-violations', String(n));
      root.setAttribute('data-csp-last', e.violatedDirective + ' ' + (e.blockedURI || ''));
    });
  }

  function init() {
    setPanel('none');
    root.setAttribute('data-controls', 'closed');
    labelControls();
    bindControls();
    if (typeof window.cytoscape !== 'function') {
      showError(new Error('cytoscape.js did not load'));
      return;
    }
    if (window.cytoscapeFcose && !cytoscapeRegistered()) {
      window.cytoscape.use(window.cytoscapeFcose);
    }
    load();
  }

  function cytoscapeRegistered() {
    try {
      return !!window.cytoscape('layout', 'fcose');
    } catch (e) {
      return false;
    }
  }

  init();
}());
