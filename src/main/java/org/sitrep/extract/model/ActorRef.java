package org.sitrep.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An actor of an event: ACLED-style name, the text that named it, ACLED inter code, country. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActorRef(String name, String text, Integer inter, String country, List<Evidence> evidence) {
  public ActorRef {
    evidence = List.copyOf(evidence);
  }
}
