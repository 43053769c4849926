// A small TopoJSON decoder: quantized, delta-encoded arcs -> polygon rings in longitude/latitude.
// Enough for world-atlas's countries (Polygon and MultiPolygon geometries).
"use strict";
window.Topo = (function () {
  function decodeArcs(topology) {
    const t = topology.transform;
    return topology.arcs.map(function (arc) {
      let x = 0, y = 0;
      return arc.map(function (p) {
        if (t) {
          x += p[0]; y += p[1];
          return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
        }
        return [p[0], p[1]];
      });
    });
  }

  function ring(arcs, indexes) {
    const points = [];
    indexes.forEach(function (i, n) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      arc.forEach(function (p, k) {
        if (n === 0 || k > 0) points.push(p);
      });
    });
    return points;
  }

  /** Every ring of every country: [{id, name, rings: [[[lon, lat], ...], ...]}]. */
  function features(topology, objectName) {
    const arcs = decodeArcs(topology);
    return topology.objects[objectName].geometries.map(function (g) {
      let polygons = [];
      if (g.type === "Polygon") polygons = [g.arcs];
      else if (g.type === "MultiPolygon") polygons = g.arcs;
      const rings = [];
      polygons.forEach(function (poly) { poly.forEach(function (r) { rings.push(ring(arcs, r)); }); });
      return { id: g.id, name: g.properties ? g.properties.name : "", rings: rings };
    });
  }

  return { features: features };
})();
