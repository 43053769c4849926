package org.sitrep.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.sitrep.incident.Incident;
import org.sitrep.output.Json;

/**
 * The export formats of {@code sitrep incidents}: {@code json} (an array of incidents), {@code csv}
 * (one flat row per incident), {@code acled} (ACLED's columns and conventions, {@link AcledRows}),
 * {@code geojson} (a FeatureCollection of points carrying the incident as properties).
 */
public enum IncidentFormat {
  JSON, CSV, ACLED, GEOJSON;

  static final List<String> CSV_COLUMNS = List.of("id", "type", "event_type", "date", "date_precision", "location",
      "latitude", "longitude", "country", "location_precision", "actor1", "inter1", "actor2", "inter2",
      "fatalities_low", "fatalities_best", "fatalities_high", "sources", "grade", "mentions", "outlets");

  /** The format named (case-insensitive); an unknown name names the choices. */
  public static IncidentFormat parse(String name) {
    for (IncidentFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format must be one of json, csv, acled, geojson; got '" + name + "'");
  }

  public void write(List<Incident> incidents, Writer w) throws IOException {
    switch (this) {
      case JSON -> w.write(Json.pretty(incidents) + "\n");
      case GEOJSON -> w.write(Json.pretty(geoJson(incidents)) + "\n");
      case CSV -> {
        Csv.row(w, CSV_COLUMNS);
        for (Incident i : incidents) {
          Csv.row(w, csvRow(i));
        }
      }
      case ACLED -> {
        Csv.row(w, AcledRows.COLUMNS);
        for (Incident i : incidents) {
          Csv.row(w, AcledRows.row(i));
        }
      }
    }
    w.flush();
  }

  private static List<Object> csvRow(Incident i) {
    Incident.Where l = i.location();
    List<Object> r = new ArrayList<>();
    r.add(i.id());
    r.add(i.type());
    r.add(i.event_type());
    r.add(i.date() == null ? null : i.date().value());
    r.add(i.date() == null ? null : i.date().precision());
    r.add(l == null ? null : l.name());
    r.add(l == null ? null : l.lat());
    r.add(l == null ? null : l.lon());
    r.add(l == null ? null : l.country());
    r.add(l == null ? null : l.precision());
    r.add(i.actor1() == null ? null : i.actor1().name());
    r.add(i.actor1() == null ? null : i.actor1().inter());
    r.add(i.actor2() == null ? null : i.actor2().name());
    r.add(i.actor2() == null ? null : i.actor2().inter());
    r.add(i.fatalities() == null ? null : i.fatalities().low());
    r.add(i.fatalities() == null ? null : i.fatalities().best());
    r.add(i.fatalities() == null ? null : i.fatalities().high());
    r.add(i.sources());
    r.add(i.grade());
    r.add(i.mentions().size());
    r.add(String.join("; ", outlets(i)));
    return r;
  }

  static TreeSet<String> outlets(Incident i) {
    TreeSet<String> outlets = new TreeSet<>();
    i.mentions().forEach(m -> outlets.add(m.outlet()));
    return outlets;
  }

  private static ObjectNode geoJson(List<Incident> incidents) {
    ObjectNode fc = Json.MAPPER.createObjectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    for (Incident i : incidents) {
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      Incident.Where l = i.location();
      if (l != null && l.lat() != null && l.lon() != null) {
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(l.lon()).add(l.lat());
      } else {
        f.putNull("geometry");
      }
      f.set("properties", Json.MAPPER.valueToTree(i));
    }
    return fc;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
