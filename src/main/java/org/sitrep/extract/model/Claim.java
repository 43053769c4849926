package org.sitrep.extract.model;

import java.util.List;

/** A stance taken about the event: who, which stance, about what, where it is said. */
public record Claim(Claimant claimant, String stance, String about, List<Evidence> evidence) {
  public Claim {
    evidence = List.copyOf(evidence);
  }
}
