package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.extract.model.DateValue;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Fatalities;
import org.sitrep.extract.model.Location;

/** Hand-built gold rows and predicted events for eval tests. */
final class Events {
  private Events() {}

  static AcledRow row(String id, String date, String type, String parent, String inter1, String inter2,
      String lat, String lon, String notes, String fatalities) {
    return new AcledRow(id, date, parent, type, inter1, inter2, "Kenya", "Gold Town", lat, lon, "Daily Nation",
        notes, fatalities);
  }

  static EventMention event(String type, String parent, String date, Double lat, Double lon, String country,
      Integer inter1, Integer inter2, Integer best) {
    return new EventMention(type, parent, null, null, "reported",
        date == null ? null : new DateValue(date, "day", List.of()),
        lat == null ? null : new Location("Pred Town", "Pred Town", 1L, country, null, lat, lon, "exact", List.of()),
        inter1 == null ? null : new ActorRef("A1", "a1", inter1, null, List.of()),
        inter2 == null ? null : new ActorRef("A2", "a2", inter2, null, List.of()),
        null, List.of(), best == null ? null : new Fatalities(best, best, best), List.of(), List.of());
  }

  /** Kenya by name, KE/KEN by code. */
  static CountryCodes kenyaOnly() {
    Map<String, String> codes = Map.of("KE", "KE", "KEN", "KE", "UG", "UG");
    return new CountryCodes() {
      @Override
      public Optional<String> iso2OfName(String name) {
        return "Kenya".equals(name) ? Optional.of("KE") : Optional.empty();
      }

      @Override
      public Optional<String> iso2OfCode(String code) {
        return Optional.ofNullable(codes.get(code));
      }
    };
  }
}
