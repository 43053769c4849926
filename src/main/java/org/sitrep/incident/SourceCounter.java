package org.sitrep.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Claim;
import org.sitrep.extract.model.Claimant;

/**
 * Counts independent sources. Each outlet is a source, except that an outlet whose whole report of
 * the incident rests on named claimants (every figure and stance attributed to a government, a
 * monitor, a hospital...) is not independent of another such outlet quoting one of the same
 * claimants: outlets linked that way are one source. An outlet that states anything in its own
 * voice (its own figures, anonymous witnesses, "reportedly", or no attribution at all) is a source
 * of its own.
 */
public final class SourceCounter {
  private static final Set<String> OWN_VOICE = Set.of("media", "unattributed", "witness");

  private SourceCounter() {}

  public static int count(List<Member> members) {
    Map<String, Set<String>> claimantsByOutlet = new TreeMap<>();
    Map<String, Boolean> ownVoice = new TreeMap<>();
    for (Member m : members) {
      Set<String> named = claimantsByOutlet.computeIfAbsent(m.outlet(), o -> new TreeSet<>());
      boolean own = ownVoice.getOrDefault(m.outlet(), false);
      List<Claimant> said = new ArrayList<>();
      m.event().casualties().stream().map(Casualty::claimed_by).forEach(said::add);
      m.event().claims().stream().map(Claim::claimant).forEach(said::add);
      if (said.isEmpty()) {
        own = true;
      }
      for (Claimant c : said) {
        if (isNamed(c)) {
          named.add(c.name());
        } else {
          own = true;
        }
      }
      ownVoice.put(m.outlet(), own);
    }
    return groups(claimantsByOutlet, ownVoice);
  }

  /** Whether a figure comes from a named party rather than the outlet itself. */
  public static boolean isNamed(Claimant c) {
    return c != null && c.name() != null && c.type() != null && !OWN_VOICE.contains(c.type());
  }

  private static int groups(Map<String, Set<String>> claimantsByOutlet, Map<String, Boolean> ownVoice) {
    Map<String, String> parent = new HashMap<>();
    Map<String, String> outletOfClaimant = new HashMap<>();
    for (String outlet : claimantsByOutlet.keySet()) {
      parent.put(outlet, outlet);
    }
    for (Map.Entry<String, Set<String>> e : claimantsByOutlet.entrySet()) {
      if (ownVoice.get(e.getKey())) {
        continue;
      }
      for (String claimant : e.getValue()) {
        String first = outletOfClaimant.putIfAbsent(claimant, e.getKey());
        if (first != null) {
          parent.put(root(parent, e.getKey()), root(parent, first));
        }
      }
    }
    Set<String> roots = new TreeSet<>();
    parent.keySet().forEach(o -> roots.add(root(parent, o)));
    return roots.size();
  }

  private static String root(Map<String, String> parent, String x) {
    String r = x;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }
}
