package org.sitrep.incident;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Claim;
import org.sitrep.extract.model.Claimant;
import org.sitrep.extract.model.DateValue;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Evidence;
import org.sitrep.extract.model.Location;

/** Small event mentions and members for incident tests. */
final class Mentions {
  private Mentions() {}

  static EventMention event(String type, String eventType, String mode, String date, String precision, Double lat,
      Double lon, String placePrecision, String actor1, List<Casualty> casualties, List<Claim> claims) {
    return new EventMention(type, eventType, null, null, mode, date == null ? null : new DateValue(date, precision,
        List.of()), new Location("P", "P", null, "SY", "Idlib", lat, lon, placePrecision, List.of()),
        actor1 == null ? null : new ActorRef(actor1, actor1, 1, "SY", List.of()), null, null, casualties, null,
        claims, List.of());
  }

  static EventMention strike(String date, double lat, double lon, String actor1, Casualty... casualties) {
    return event("Air/drone strike", "Explosions/Remote violence", "reported", date, "day", lat, lon, "exact", actor1,
        List.of(casualties), List.of());
  }

  static Casualty killed(int value, String qualifier, String claimant, String type) {
    return new Casualty("killed", value, qualifier, null, null, null, null, new Claimant(claimant, type),
        List.of(new Evidence(0, 1, "x")));
  }

  static Claim denial(String claimant, String about) {
    return new Claim(new Claimant(claimant, "government"), "denies", about, List.of());
  }

  static Member member(long id, String outlet, EventMention e) {
    return new Member(id, id, "a" + id, outlet, null, null, LocalDate.of(2024, 3, 5), e);
  }
}
