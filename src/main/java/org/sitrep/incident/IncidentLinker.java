package org.sitrep.incident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides, for a new event mention, which incident it belongs to, given the stored mentions that
 * could match (same family, overlapping dates). Deterministic: the answer depends only on the
 * mention and the candidates, never on their order.
 *
 * <p>A mention joins the compatible incident that shares most of its actors (the oldest, lowest
 * id, among equals). A precise mention (a point place and a date within a week) also merges the
 * other incidents one of whose precise members it is compatible with, since they are one incident
 * after all, except an incident holding a mention of an article the joined ones already hold: one
 * article's events are distinct happenings by the extractor's own account (a strike and the
 * offensive that followed it), and a report of one of them does not make them one. A coarse
 * mention ("in Syria", "in July") never bridges incidents. A mention matching nothing starts an
 * incident of its own.
 */
public final class IncidentLinker {
  /** A stored mention that may match: its id, its incident, its article and its link features. */
  public record Candidate(long mentionId, long incidentId, long articleId, LinkFeatures features) {}

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
    Map<Long, Set<Long>> articles = new TreeMap<>();
    Map<Long, Integer> shared = new TreeMap<>();
    TreeSet<Long> precise = new TreeSet<>();
    for (Candidate c : candidates) {
      articles.computeIfAbsent(c.incidentId(), k -> new TreeSet<>()).add(c.articleId());
      if (LinkRules.compatible(mention, c.features())) {
        shared.merge(c.incidentId(), sharedActors(mention, c.features()), Math::max);
        if (c.features().precise()) {
          precise.add(c.incidentId());
        }
      }
    }
    if (shared.isEmpty()) {
      return new NewIncident();
    }
    long into = shared.keySet().iterator().next();
    for (Map.Entry<Long, Integer> e : shared.entrySet()) {
      into = e.getValue() > shared.get(into) ? e.getKey() : into;
    }
    List<Long> merged = new ArrayList<>();
    if (mention.precise()) {
      Set<Long> held = new TreeSet<>(articles.get(into));
      for (long other : precise) {
        if (other != into && Collections.disjoint(held, articles.get(other))) {
          merged.add(other);
          held.addAll(articles.get(other));
        }
      }
    }
    if (!merged.isEmpty() && merged.get(0) < into) {
      // the oldest incident keeps its id: fold the joined one into it
      long oldest = merged.get(0);
      merged.set(0, into);
      merged.sort(null);
      into = oldest;
    }
    return new Join(into, merged);
  }

  private static int sharedActors(LinkFeatures a, LinkFeatures b) {
    int n = 0;
    for (String actor : a.actors()) {
      n += b.actors().contains(actor) ? 1 : 0;
    }
    return n;
  }
}
