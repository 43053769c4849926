package org.sitrep.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.extract.EventType;
import org.sitrep.incident.Incident;
import org.sitrep.output.Json;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.export.IncidentFormat;

/** {@code GET /api/incidents}, {@code /api/incidents/{id}}, {@code /api/export}, {@code /api/types}. */
final class IncidentHandlers {
  private final StoreAccess store;

  IncidentHandlers(StoreAccess store) {
    this.store = store;
  }

  void list(Context ctx) {
    IncidentQuery query = QueryParams.incidentQuery(ctx);
    String q = QueryParams.search(ctx);
    int offset = QueryParams.offset(ctx);
    int limit = QueryParams.limit(ctx);
    List<Incident> found = matching(query, q);
    List<IncidentView> page = found.stream().skip(offset).limit(limit).map(IncidentView::of).toList();
    ctx.json(new IncidentPage(found.size(), offset, limit, page));
  }

  void one(Context ctx) {
    long id = QueryParams.id(ctx);
    Incident i = store.incident(id).orElseThrow(() -> ApiProblem.notFound("no incident " + id));
    ctx.json(IncidentDetailView.of(i));
  }

  /** The filtered incidents in a format of {@code sitrep incidents}, as a download. */
  void export(Context ctx) throws IOException {
    IncidentFormat format = QueryParams.format(ctx);
    List<Incident> found = matching(QueryParams.incidentQuery(ctx), QueryParams.search(ctx));
    StringWriter out = new StringWriter();
    format.write(found, out);
    String ext = format == IncidentFormat.ACLED ? "acled.csv" : format.toString();
    ctx.header("Content-Disposition", "attachment; filename=\"incidents." + ext + "\"");
    ctx.contentType(switch (format) {
      case JSON -> "application/json";
      case GEOJSON -> "application/geo+json";
      case CSV, ACLED -> "text/csv; charset=utf-8";
    }).result(out.toString());
  }

  void types(Context ctx) {
    ctx.json(Arrays.stream(EventType.values()).map(t -> new TypeView(t.label(), t.parent())).toList());
  }

  /** An event type and its parent event_type. */
  record TypeView(String type, String event_type) {}

  private List<Incident> matching(IncidentQuery query, String q) {
    List<Incident> all = store.incidents(query);
    if (q == null) {
      return all;
    }
    List<Incident> kept = new ArrayList<>();
    for (Incident i : all) {
      if (Json.line(i).toLowerCase(Locale.ROOT).contains(q)) {
        kept.add(i);
      }
    }
    return kept;
  }
}
