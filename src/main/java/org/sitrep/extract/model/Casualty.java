package org.sitrep.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One casualty figure as claimed: kind, value, qualifier, victims, claimant, evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Casualty(
    String kind,
    Integer value,
    String qualifier,
    Integer low,
    Integer high,
    String victims,
    String victim_category,
    Claimant claimed_by,
    List<Evidence> evidence) {
  public Casualty {
    evidence = List.copyOf(evidence);
  }

  public Casualty withClaimant(Claimant c, List<Evidence> ev) {
    return new Casualty(kind, value, qualifier, low, high, victims, victim_category, c, ev);
  }
}
