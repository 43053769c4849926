package org.sitrep.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One event found in an article, as SPEC's output record describes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventMention(
    String type,
    String event_type,
    Plover plover,
    String cameo,
    String mode,
    DateValue date,
    Location location,
    ActorRef actor1,
    ActorRef actor2,
    List<ActorRef> associated_actors,
    List<Casualty> casualties,
    Fatalities fatalities,
    List<Claim> claims,
    List<Evidence> evidence) {
  public EventMention {
    associated_actors = associated_actors == null ? null : List.copyOf(associated_actors);
    casualties = List.copyOf(casualties);
    claims = List.copyOf(claims);
    evidence = List.copyOf(evidence);
  }
}
