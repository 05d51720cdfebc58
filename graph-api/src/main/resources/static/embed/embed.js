/*
 * The embed page: draws /api/graph with Cytoscape.js and lists /api/timeline (period starts and ends) beside it.
 * Parameters come from the page's own URL: center, depth, types (as /api/graph) and lang (en | zh).
 * Relation labels, colours and which types are symmetric come from /api/relation-types (data/schema/relation-types.tsv):
 * this file names no relation type; should that request fail, edges show their type names in the default colour.
 * When drawn, <html> carries data-nodes and data-edges (the counts drawn) and data-center; the drawing is
 * window.cagraphCy, and a parent frame gets a 'cagraph:drawn' message with the same counts.
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
  // name -> {symmetric, en, zh, colour}, from /api/relation-types
  var relationTypes = {};

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
      badLang: 'lang must be en or zh', unreachable: 'The graph service did not answer.', close: 'close'
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
      badLang: 'lang 必須是 en 或 zh', unreachable: '圖形服務沒有回應。', close: '關閉'
    }
  };

  var lang = params.get('lang') || 'en';
  var t = TEXT[lang] || TEXT.en;
  var cy = null;
  var actors = {};

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

  function relationLabel(type) {
    var r = relationTypes[type];
    return (r && (lang === 'zh' ? r.zh : r.en)) || type;
  }

  // once per page: the relation types' labels and colours; a failure leaves the type names and the default colour
  var typesLoaded = null;

  function loadRelationTypes() {
    if (!typesLoaded) {
      typesLoaded = getJson('api/relation-types').then(function (body) {
        (body.types || []).forEach(function (r) {
          relationTypes[r.name] = r;
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

  function setPanel(panel) {
    root.setAttribute('data-panel', panel);
  }

  // ---- errors -------------------------------------------------------------------------------------------------

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

  // ---- graph --------------------------------------------------------------------------------------------------

  function toElements(graph) {
    var elements = [];
    actors = {};
    graph.nodes.forEach(function (n) {
      actors[n.id] = n;
      elements.push({
        group: 'nodes',
        data: { id: n.id, label: nameOf(n), type: n.type, colour: COLOURS[n.type] || '#7f7f7f' },
        classes: n.id === graph.center ? 'center' : ''
      });
    });
    graph.edges.forEach(function (e) {
      var label = relationLabel(e.type) + (e.date ? ' · ' + e.date : '');
      elements.push({
        group: 'edges',
        data: {
          id: e.id, source: e.source, target: e.target, label: label, relation: e,
          colour: (relationTypes[e.type] && relationTypes[e.type].colour) || EDGE
        },
        classes: relationTypes[e.type] && relationTypes[e.type].symmetric ? 'symmetric' : ''
      });
    });
    return elements;
  }

  function style() {
    return [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)', label: 'data(label)', width: 28, height: 28,
          'font-size': 13, color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-wrap': 'wrap', 'text-max-width': 140, 'font-family': 'system-ui, "Noto Sans CJK TC", sans-serif', 'text-outline-color': '#ffffff', 'text-outline-width': 2,
          'border-width': 1.5, 'border-color': '#ffffff', 'min-zoomed-font-size': 6
        }
      },
      {
        selector: 'node.center',
        style: { width: 42, height: 42, 'border-width': 3, 'border-color': '#1f2933', 'font-size': 15, 'font-weight': 'bold' }
      },
      {
        selector: 'edge',
        style: {
          width: 1.6, 'line-color': 'data(colour)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'target-arrow-color': 'data(colour)', 'arrow-scale': 1, label: 'data(label)', 'font-size': 11, color: '#3e4c59',
          'text-rotation': 'autorotate', 'font-family': 'system-ui, "Noto Sans CJK TC", sans-serif', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
          'text-background-padding': 1, 'min-zoomed-font-size': 6
        }
      },
      { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
      { selector: 'edge:selected, edge.active', style: { width: 3.5, 'line-color': '#1f6fb2', 'target-arrow-color': '#1f6fb2', color: '#1f6fb2' } },
      { selector: 'node:selected', style: { 'border-color': '#1f6fb2', 'border-width': 3 } }
    ];
  }

  // Rings by hops from the centre: the centre in the middle, its neighbours around it, and so on.
  function layout(center) {
    var hops = {};
    cy.elements().bfs({
      roots: cy.getElementById(center), directed: false,
      visit: function (v, e, u, i, depth) {
        hops[v.id()] = depth;
      }
    });
    var max = 0;
    Object.keys(hops).forEach(function (k) { max = Math.max(max, hops[k]); });
    return cy.layout({
      name: 'concentric', animate: false, fit: false, padding: 28, minNodeSpacing: 38, avoidOverlap: true,
      startAngle: 3 / 2 * Math.PI + 0.35,
      concentric: function (n) { return max + 1 - (hops[n.id()] === undefined ? max + 1 : hops[n.id()]); },
      levelWidth: function () { return 1; }
    });
  }

  // Stretch the rings to the frame instead of zooming in on them: labels keep their size, edges get room for theirs.
  function spread(center) {
    var pad = { x: 70, y: 40 };
    var c = cy.getElementById(center).position();
    var bb = cy.nodes().boundingBox({ includeLabels: false });
    var sx = bb.w > 1 ? (cy.width() - 2 * pad.x) / bb.w : 1;
    var sy = bb.h > 1 ? (cy.height() - 2 * pad.y) / bb.h : 1;
    sx = Math.max(0.35, Math.min(sx, 4));
    sy = Math.max(0.35, Math.min(sy, 4));
    if (bb.w <= 1) {
      sx = sy;
    }
    if (bb.h <= 1) {
      sy = sx;
    }
    // keep the rings round enough to read as rings
    sx = Math.min(sx, sy * 1.8);
    sy = Math.min(sy, sx * 1.8);
    cy.nodes().positions(function (n) {
      var p = n.position();
      return { x: c.x + (p.x - c.x) * sx, y: c.y + (p.y - c.y) * sy };
    });
    cy.fit(undefined, 24);
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center();
    }
  }

  function draw(graph) {
    var container = $('graph');
    if (cy) {
      cy.destroy();
    }
    cy = window.cagraphCy = cytoscape({
      container: container, elements: toElements(graph), style: style(),
      minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false, autoungrabify: false, selectionType: 'single'
    });
    layout(graph.center).run();
    spread(graph.center);
    cy.on('tap', 'node', function (evt) {
      var id = evt.target.id();
      if (id !== currentCenter()) {
        recentre(id);
      }
    });
    cy.on('tap', 'edge', function (evt) {
      showRelation(evt.target.data('relation'));
    });
    cy.on('tap', function (evt) {
      if (evt.target === cy) {
        closeDetails();
      }
    });
    drawLegend(graph);
    var n = cy.nodes().length;
    var m = cy.edges().length;
    $('summary').textContent = n + ' ' + t.actors + ' · ' + m + ' ' + t.relationsWord
      + (graph.depth > 1 ? ' · ' + t.depth + ' ' + graph.depth : '')
      + (graph.truncated ? ' · …' : '');
    root.setAttribute('data-center', graph.center);
    root.setAttribute('data-nodes', String(n));
    root.setAttribute('data-edges', String(m));
    root.setAttribute('data-state', 'ready');
    if (window.parent && window.parent !== window) {
      window.parent.postMessage({ type: 'cagraph:drawn', center: graph.center, nodes: n, edges: m }, '*');
    }
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

  // ---- details: one relation and its citing sentences --------------------------------------------------------

  function showRelation(r) {
    if (!r) {
      return;
    }
    var source = actors[r.source] || { id: r.source, name: r.source };
    var target = actors[r.target] || { id: r.target, name: r.target };
    showDetails(nameOf(source) + ' → ' + relationLabel(r.type) + ' → ' + nameOf(target), r, r.citations);
  }

  function showEvent(ev) {
    var centre = actors[currentCenter()] || { id: currentCenter(), name: currentCenter() };
    var other = { id: ev.otherId, name: ev.otherName, nameZh: ev.otherNameZh };
    var a = ev.direction === 'out' ? centre : other;
    var b = ev.direction === 'out' ? other : centre;
    showDetails(nameOf(a) + ' → ' + relationLabel(ev.type) + ' → ' + nameOf(b), ev, boundFirst(ev));
    if (cy) {
      cy.edges().removeClass('active');
      cy.edges().filter(function (e) {
        var d = e.data('relation');
        return d.type === ev.type && d.source === a.id && d.target === b.id;
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

  function showDetails(title, r, citations) {
    $('details-title').textContent = title;
    var meta = [];
    meta.push(r.type);
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
    $('details-meta').textContent = meta.join(' · ');
    var list = $('citations');
    clear(list);
    (citations || []).forEach(function (c) {
      var li = el('li');
      li.appendChild(el('blockquote', null, c.quote || c.text));
      var cite = el('cite');
      cite.appendChild(el('b', null, c.title || c.document));
      var by = [];
      if (c.authors && c.authors.length) {
        by.push([].concat(c.authors).join(', '));
      }
      if (c.year) {
        by.push(c.year);
      }
      if (by.length) {
        cite.appendChild(document.createTextNode(' — ' + by.join(', ')));
      }
      li.appendChild(cite);
      list.appendChild(li);
    });
    if (!list.firstChild) {
      list.appendChild(el('li', 'empty', t.noCitations));
    }
    $('details').hidden = false;
    setPanel('details');
  }

  function closeDetails() {
    $('details').hidden = true;
    if (cy) {
      cy.edges().removeClass('active').unselect();
    }
    Array.prototype.forEach.call(document.querySelectorAll('.events li.active'), function (li) {
      li.classList.remove('active');
    });
    setPanel('none');
  }

  // ---- timeline ----------------------------------------------------------------------------------------------

  function drawTimeline(center, body) {
    var list = $('events');
    clear(list);
    var wanted = params.get('types') ? params.get('types').split(',').map(function (s) { return s.trim(); }) : null;
    var events = body.events.filter(function (ev) { return !wanted || wanted.indexOf(ev.type) >= 0; });
    events.forEach(function (ev) {
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
      list.appendChild(li);
    });
    if (!events.length) {
      list.appendChild(el('li', 'empty', t.noEvents));
    }
    root.setAttribute('data-events', String(events.length));
  }

  // ---- loading -----------------------------------------------------------------------------------------------

  function currentCenter() {
    return params.get('center');
  }

  function recentre(id) {
    params.set('center', id);
    try {
      window.history.replaceState(null, '', '?' + params.toString());
    } catch (e) {
      // a sandboxed frame may refuse: the drawing still follows
    }
    load();
  }

  function load() {
    var center = currentCenter();
    root.setAttribute('data-state', 'loading');
    root.removeAttribute('data-error');
    $('error').hidden = true;
    closeDetails();
    $('summary').textContent = t.loading;
    if (!TEXT[lang]) {
      showError(new Error(t.badLang + " ('" + lang + "')"));
      return;
    }
    var graphUrl = apiUrl('api/graph', { center: center === null ? null : center, depth: params.get('depth'), types: params.get('types') });
    loadRelationTypes().then(function () {
      return getJson(graphUrl);
    }).then(function (graph) {
      $('title').textContent = nameOf(graph.nodes.filter(function (n) { return n.id === graph.center; })[0]);
      document.title = $('title').textContent + ' — ' + document.title.split(' — ').pop();
      draw(graph);
      return getJson(apiUrl('api/timeline', { actor: center })).then(function (body) {
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
      showError(err);
    });
  }

  function init() {
    root.setAttribute('lang', lang === 'zh' ? 'zh-Hant' : 'en');
    setPanel('none');
    $('show-timeline').textContent = t.timeline;
    $('timeline-title').textContent = t.timelineOf;
    $('hint').textContent = t.hint;
    $('close-details').setAttribute('aria-label', t.close);
    $('close-timeline').setAttribute('aria-label', t.close);
    $('show-timeline').addEventListener('click', function () {
      setPanel(root.getAttribute('data-panel') === 'timeline' ? 'none' : 'timeline');
    });
    $('close-details').addEventListener('click', closeDetails);
    $('close-timeline').addEventListener('click', function () { setPanel('none'); });
    document.addEventListener('securitypolicyviolation', function (e) {
      var n = Number(root.getAttribute('data-csp-violations') || '0') + 1;
      root.setAttribute('data-csp-violations', String(n));
      root.setAttribute('data-csp-last', e.violatedDirective + ' ' + (e.blockedURI || ''));
    });
    if (typeof window.cytoscape !== 'function') {
      showError(new Error('cytoscape.js did not load'));
      return;
    }
    load();
  }

  init();
}());
