package org.sitrep.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.TreeSet;
import org.sitrep.incident.Incident;

/** One incident in a list: what the map, the timeline and the list show of it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentView(
    long id,
    String type,
    String event_type,
    String date,
    String date_precision,
    String place,
    String country,
    Double lat,
    Double lon,
    String place_precision,
    String actor1,
    String actor2,
    Integer fatalities_low,
    Integer fatalities_best,
    Integer fatalities_high,
    int sources,
    String grade,
    List<String> outlets,
    int reports) {

  static IncidentView of(Incident i) {
    Incident.Where w = i.location();
    TreeSet<String> outlets = new TreeSet<>();
    i.mentions().forEach(m -> outlets.add(m.outlet()));
    return new IncidentView(i.id(), i.type(), i.event_type(),
        i.date() == null ? null : i.date().value(), i.date() == null ? null : i.date().precision(),
        w == null ? null : w.name(), w == null ? null : w.country(), w == null ? null : w.lat(),
        w == null ? null : w.lon(), w == null ? null : w.precision(),
        i.actor1() == null ? null : i.actor1().name(), i.actor2() == null ? null : i.actor2().name(),
        i.fatalities() == null ? null : i.fatalities().low(), i.fatalities() == null ? null : i.fatalities().best(),
        i.fatalities() == null ? null : i.fatalities().high(), i.sources(), i.grade(), List.copyOf(outlets),
        i.mentions().size());
  }
}
