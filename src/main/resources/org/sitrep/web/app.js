// Sitrep's page: map, timeline, list, filters and the incident panel. Every piece of data is put in
// the page as text (textContent, createTextNode, setAttribute): article text is untrusted input.
"use strict";
(function () {
  const W = 960, H = 480, SVG = "http://www.w3.org/2000/svg";
  const COLOURS = {
    "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d", "Crisis": "#b7950b"
  };
  const state = { incidents: [], open: null, view: [0, 0, W, H] };
  const $ = function (id) { return document.getElementById(id); };

  function el(name, attrs, text) {
    const e = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svg(name, attrs) {
    const e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function project(lon, lat) { return [(lon + 180) / 360 * W, (90 - lat) / 180 * H]; }
  function colour(i) { return COLOURS[i.event_type] || "#555"; }
  function toll(i) { return i.fatalities_best != null ? i.fatalities_best : (i.fatalities_high || 0); }
  function radius(i) { return 4 + Math.sqrt(toll(i)) * 1.6; }
  function killed(i) {
    if (i.fatalities_low == null && i.fatalities_best == null && i.fatalities_high == null) return "–";
    return [i.fatalities_low, i.fatalities_best, i.fatalities_high].map(function (v) { return v == null ? "?" : v; }).join("/");
  }

  function getJson(url) {
    return fetch(url, { headers: { "Accept": "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error((body && (body.detail || body.title)) || ("HTTP " + r.status));
        return body;
      });
    });
  }

  // ---- basemap ----
  function drawBasemap() {
    return getJson("countries-110m.json").then(function (topology) {
      const land = $("land");
      window.Topo.features(topology, "countries").forEach(function (f) {
        let d = "";
        f.rings.forEach(function (ring) {
          ring.forEach(function (p, k) {
            const xy = project(p[0], p[1]);
            d += (k === 0 ? "M" : "L") + xy[0].toFixed(1) + "," + xy[1].toFixed(1);
          });
          d += "Z";
        });
        const path = svg("path", { d: d, class: "country" });
        const t = svg("title"); t.textContent = f.name; path.appendChild(t);
        land.appendChild(path);
      });
      const grat = $("graticule");
      for (let lon = -150; lon <= 150; lon += 30) {
        const a = project(lon, 90), b = project(lon, -90);
        grat.appendChild(svg("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }));
      }
      for (let lat = -60; lat <= 60; lat += 30) {
        const a = project(-180, lat), b = project(180, lat);
        grat.appendChild(svg("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }));
      }
    }).catch(function (e) { status("Basemap unavailable: " + e.message); });
  }

  // ---- filters, list, map, timeline ----
  function filterParams() {
    const form = $("filters"), p = new URLSearchParams();
    ["since", "until", "type", "country", "grade", "q"].forEach(function (n) {
      const v = form.elements[n].value.trim();
      if (v) p.set(n, v);
    });
    return p;
  }

  function status(text) { $("status").textContent = text; }

  function load() {
    const p = filterParams();
    document.querySelectorAll("#exports a").forEach(function (a) {
      const q = new URLSearchParams(p); q.set("format", a.dataset.format);
      a.setAttribute("href", "api/export?" + q.toString());
    });
    p.set("limit", "1000");
    document.body.dataset.state = "loading";
    return getJson("api/incidents?" + p.toString()).then(function (page) {
      state.incidents = page.incidents;
      status(page.total + " incident" + (page.total === 1 ? "" : "s")
        + (page.total > page.incidents.length ? " (showing " + page.incidents.length + ")" : ""));
      drawMarkers(); drawTimeline(); drawList(); fit();
      document.body.dataset.state = "ready";
    }).catch(function (e) { status("Could not load incidents: " + e.message); document.body.dataset.state = "error"; });
  }

  function label(i) {
    return (i.place || "place unknown") + " — " + i.type + " — " + (i.date || "date unknown")
      + " — killed " + killed(i) + " — " + i.grade;
  }

  function drawMarkers() {
    const g = $("markers"); clear(g);
    const scale = state.view[2] / W;
    state.incidents.slice().sort(function (a, b) { return toll(b) - toll(a); }).forEach(function (i) {
      if (i.lat == null || i.lon == null) return;
      const xy = project(i.lon, i.lat);
      const c = svg("circle", { cx: xy[0], cy: xy[1], r: radius(i) * scale, class: "marker", "data-id": i.id,
        fill: colour(i), "stroke-width": 1.2 * scale, tabindex: "0" });
      const t = svg("title"); t.textContent = label(i); c.appendChild(t);
      c.addEventListener("click", function () { openIncident(i.id); });
      c.addEventListener("keydown", function (e) { if (e.key === "Enter") openIncident(i.id); });
      g.appendChild(c);
    });
    const legend = $("legend"); clear(legend);
    Object.keys(COLOURS).forEach(function (k) {
      const li = el("li"); const sw = el("span", { class: "swatch" }); sw.style.background = COLOURS[k];
      li.appendChild(sw); li.appendChild(document.createTextNode(k)); legend.appendChild(li);
    });
  }

  function setView(v) {
    state.view = v;
    $("map").setAttribute("viewBox", v.map(function (n) { return n.toFixed(1); }).join(" "));
    drawMarkers();
  }

  function fit() {
    const pts = state.incidents.filter(function (i) { return i.lat != null && i.lon != null; })
      .map(function (i) { return project(i.lon, i.lat); });
    if (pts.length === 0) { setView([0, 0, W, H]); return; }
    let x0 = Math.min.apply(null, pts.map(function (p) { return p[0]; })), x1 = Math.max.apply(null, pts.map(function (p) { return p[0]; }));
    let y0 = Math.min.apply(null, pts.map(function (p) { return p[1]; })), y1 = Math.max.apply(null, pts.map(function (p) { return p[1]; }));
    const box = $("map").getBoundingClientRect();
    const aspect = box.width > 0 && box.height > 0 ? box.width / box.height : 2;
    let w = Math.max(x1 - x0, 80) * 1.3, h = Math.max(y1 - y0, 40) * 1.3;
    if (w / h > aspect) h = w / aspect; else w = h * aspect;
    if (w > W) { w = W; h = W / aspect; }
    if (h > H) { h = H; w = H * aspect; }
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    setView([Math.max(0, Math.min(W - w, cx - w / 2)), Math.max(0, Math.min(H - h, cy - h / 2)), w, h]);
  }

  function drawTimeline() {
    const t = $("timeline"); clear(t);
    const dated = state.incidents.filter(function (i) { return i.date; });
    const axisY = 95;
    t.appendChild(svg("line", { x1: 20, y1: axisY, x2: 940, y2: axisY, class: "axis" }));
    if (dated.length === 0) return;
    const time = function (i) { return Date.parse(i.date.length === 4 ? i.date + "-07-01" : i.date.length === 7 ? i.date + "-15" : i.date); };
    let lo = Math.min.apply(null, dated.map(time)), hi = Math.max.apply(null, dated.map(time));
    const pad = Math.max((hi - lo) * 0.05, 15 * 864e5); lo -= pad; hi += pad;
    const x = function (ms) { return 20 + (ms - lo) / (hi - lo) * 920; };
    for (let k = 0; k <= 5; k++) {
      const ms = lo + (hi - lo) * k / 5, xx = x(ms);
      t.appendChild(svg("line", { x1: xx, y1: axisY, x2: xx, y2: axisY + 5, class: "axis" }));
      const txt = svg("text", { x: xx, y: axisY + 18, class: "tick",
        "text-anchor": k === 0 ? "start" : k === 5 ? "end" : "middle" });
      txt.textContent = new Date(ms).toISOString().slice(0, 7); t.appendChild(txt);
    }
    const stack = {};
    dated.forEach(function (i) {
      const xx = x(time(i)), key = Math.round(xx / 6);
      stack[key] = (stack[key] || 0) + 1;
      const r = Math.min(radius(i), 14);
      const c = svg("circle", { cx: xx, cy: axisY - 4 - r - (stack[key] - 1) * 14, r: r, class: "tl-marker",
        "data-id": i.id, fill: colour(i) });
      const tt = svg("title"); tt.textContent = label(i); c.appendChild(tt);
      c.addEventListener("click", function () { openIncident(i.id); });
      t.appendChild(c);
    });
  }

  function drawList() {
    const body = document.querySelector("#list tbody"); clear(body);
    state.incidents.forEach(function (i) {
      const tr = el("tr", { "data-id": i.id, tabindex: "0" });
      [i.id, i.date || "", i.type, (i.place || "") + (i.country ? " (" + i.country + ")" : ""), killed(i), i.sources,
        i.grade, i.outlets.join(", ")].forEach(function (v) { tr.appendChild(el("td", {}, v)); });
      tr.addEventListener("click", function () { openIncident(i.id); });
      body.appendChild(tr);
    });
  }

  // ---- incident panel ----
  function figureText(f) {
    let v = f.qualifier === "range" && f.low != null ? f.low + "–" + f.high : (f.value == null ? "?" : String(f.value));
    return v + " " + f.kind + (f.victims ? " (" + f.victims + ")" : "");
  }

  function openIncident(id) {
    const panel = $("panel");
    const wasHidden = panel.hidden;
    panel.hidden = false; panel.dataset.loaded = "false";
    if (wasHidden) fit();
    if (location.hash !== "#incident=" + id) history.replaceState(null, "", "#incident=" + id);
    return getJson("api/incidents/" + id).then(function (d) {
      state.open = d;
      const i = d.incident;
      $("panel-title").textContent = i.type + " — " + (i.place || "place unknown");
      $("panel-meta").textContent = [i.date ? i.date + " (" + i.date_precision + ")" : "date unknown",
        "killed low/best/high " + killed(i), i.sources + " independent source" + (i.sources === 1 ? "" : "s"),
        i.grade, (i.actor1 || "?") + " → " + (i.actor2 || "?")].join(" · ");
      const claims = document.querySelector("#claims tbody"); clear(claims);
      d.figures.forEach(function (f, n) {
        const tr = el("tr", { "data-article": f.article, "data-n": n, tabindex: "0" });
        [f.claimant + (f.claimant_type ? " (" + f.claimant_type + ")" : ""), figureText(f), (f.qualifier || "").replace(/_/g, " "), f.outlet,
          f.published || ""].forEach(function (v) { tr.appendChild(el("td", {}, v)); });
        tr.addEventListener("click", function () { showArticle(f.article, f.evidence); });
        claims.appendChild(tr);
      });
      if (d.figures.length === 0) claims.appendChild(el("tr")).appendChild(el("td", { colspan: "5" }, "No casualty figures."));
      const stances = document.querySelector("#stances tbody"); clear(stances);
      d.stances.forEach(function (s) {
        const tr = el("tr", { "data-article": s.article, tabindex: "0" });
        [s.claimant, s.stance, s.about, s.outlet, s.published || ""].forEach(function (v) { tr.appendChild(el("td", {}, v)); });
        tr.addEventListener("click", function () { showArticle(s.article, s.evidence); });
        stances.appendChild(tr);
      });
      if (d.stances.length === 0) stances.appendChild(el("tr")).appendChild(el("td", { colspan: "5" }, "No stances."));
      const tabs = $("report-tabs"); clear(tabs);
      const seen = {};
      d.reports.forEach(function (r) {
        if (seen[r.article]) return; seen[r.article] = true;
        const b = el("button", { type: "button", "data-article": r.article }, r.outlet + (r.published ? ", " + r.published : ""));
        b.addEventListener("click", function () { showArticle(r.article); });
        tabs.appendChild(b);
      });
      return d.reports.length ? showArticle(d.reports[0].article) : null;
    }).catch(function (e) { $("panel-title").textContent = "Could not open incident: " + e.message; });
  }

  /** The evidence spans of the open incident in one article, merged where they overlap. */
  function spansOf(articleId) {
    const spans = [];
    state.open.figures.forEach(function (f) {
      if (f.article === articleId) f.evidence.forEach(function (e) { spans.push({ start: e.start, end: e.end, kind: "casualty", label: f.claimant + ": " + figureText(f) }); });
    });
    state.open.stances.forEach(function (s) {
      if (s.article === articleId) s.evidence.forEach(function (e) { spans.push({ start: e.start, end: e.end, kind: "claim", label: s.claimant + " " + s.stance + " " + s.about }); });
    });
    spans.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    const merged = [];
    spans.forEach(function (s) {
      const last = merged[merged.length - 1];
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.end);
        if (last.labels.indexOf(s.label) < 0) last.labels.push(s.label);
        if (last.kinds.indexOf(s.kind) < 0) last.kinds.push(s.kind);
      } else merged.push({ start: s.start, end: s.end, labels: [s.label], kinds: [s.kind] });
    });
    return merged;
  }

  function showArticle(articleId, focus) {
    const panel = $("panel"); panel.dataset.loaded = "false";
    document.querySelectorAll("#report-tabs button").forEach(function (b) {
      b.classList.toggle("active", Number(b.dataset.article) === articleId);
    });
    return getJson("api/articles/" + articleId).then(function (a) {
      $("article-title").textContent = a.title || a.article_id;
      $("article-meta").textContent = [a.source || "outlet unknown", a.published || "date unknown", a.url || ""]
        .filter(Boolean).join(" · ");
      const box = $("article-text"); clear(box);
      const text = a.text; let at = 0;
      spansOf(articleId).forEach(function (s) {
        if (s.start < at || s.end > text.length) return;
        box.appendChild(document.createTextNode(text.slice(at, s.start)));
        const m = el("mark", { class: s.kinds.join(" "), title: s.labels.join("; "), "data-start": s.start, "data-end": s.end },
          text.slice(s.start, s.end));
        if (focus && focus.some(function (f) { return f.start >= s.start && f.end <= s.end; })) m.classList.add("focus");
        box.appendChild(m);
        at = s.end;
      });
      box.appendChild(document.createTextNode(text.slice(at)));
      const target = box.querySelector("mark.focus") || box.querySelector("mark");
      if (target && focus) target.scrollIntoView({ block: "center" });
      else if (target) box.scrollTop = Math.max(0, target.offsetTop - box.offsetTop - 40);
      panel.dataset.loaded = "true";
    }).catch(function (e) { $("article-title").textContent = "Could not load the article: " + e.message; });
  }

  // ---- start ----
  function start() {
    $("filters").addEventListener("submit", function (e) { e.preventDefault(); load(); });
    $("filters").addEventListener("reset", function () { setTimeout(load, 0); });
    $("fit").addEventListener("click", fit);
    $("world").addEventListener("click", function () { setView([0, 0, W, H]); });
    $("close").addEventListener("click", function () { $("panel").hidden = true; history.replaceState(null, "", "#"); fit(); });
    getJson("api/types").then(function (types) {
      const sel = $("filters").elements.type;
      const parents = [];
      types.forEach(function (t) { if (parents.indexOf(t.event_type) < 0) parents.push(t.event_type); });
      parents.forEach(function (p) {
        const group = el("optgroup", { label: p });
        group.appendChild(el("option", { value: p }, "all " + p));
        types.filter(function (t) { return t.event_type === p; }).forEach(function (t) { group.appendChild(el("option", { value: t.type }, t.type)); });
        sel.appendChild(group);
      });
    }).catch(function () { /* the filter stays 'any' */ });
    drawBasemap().then(load).then(function () {
      const m = /^#incident=(\d+)$/.exec(location.hash);
      if (m) openIncident(Number(m[1]));
    });
  }
  document.addEventListener("DOMContentLoaded", start);
})();
