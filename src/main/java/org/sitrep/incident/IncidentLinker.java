package org.sitrep.incident;

import java.util.List;
import java.util.TreeSet;

/**
 * Decides, for a new event mention, which incident it belongs to, given the stored mentions that
 * could match (same family, overlapping dates). Deterministic: the answer depends only on the
 * mention and the candidates, never on their order.
 *
 * <p>A precise mention (a point place and a date within a week) joins every incident one of whose
 * precise members it is compatible with; when it matches several, they are one incident after all
 * and merge into the oldest (lowest id). A coarse mention ("in Syria", "in July") never bridges
 * incidents: it joins the oldest incident it is compatible with. A mention matching nothing starts
 * an incident of its own.
 */
public final class IncidentLinker {
  /** A stored mention that may match: its id, its incident and its link features. */
  public record Candidate(long mentionId, long incidentId, LinkFeatures features) {}

  /** Where a mention goes. */
  public sealed interface Decision permits NewIncident, Join {}

  /** No incident matches: start one. */
  public record NewIncident() implements Decision {}

  /** Join {@code incident}; {@code merged} (possibly empty) are other incidents to fold into it. */
  public record Join(long incident, List<Long> merged) implements Decision {
    public Join {
      merged = List.copyOf(merged);
    }
  }

  private IncidentLinker() {}

  public static Decision decide(LinkFeatures mention, List<Candidate> candidates) {
    TreeSet<Long> precise = new TreeSet<>();
    TreeSet<Long> any = new TreeSet<>();
    for (Candidate c : candidates) {
      if (LinkRules.compatible(mention, c.features())) {
        any.add(c.incidentId());
        if (c.features().precise()) {
          precise.add(c.incidentId());
        }
      }
    }
    if (any.isEmpty()) {
      return new NewIncident();
    }
    if (mention.precise() && !precise.isEmpty()) {
      long into = precise.first();
      return new Join(into, List.copyOf(precise.tailSet(into, false)));
    }
    return new Join(any.first(), List.of());
  }
}
