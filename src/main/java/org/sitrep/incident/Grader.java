package org.sitrep.incident;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Claim;

/**
 * Grades an incident (docs/RECONCILIATION.md): {@code denied} when its occurrence is denied and at
 * most one independent source says it happened; {@code contested} when sources disagree about the
 * perpetrator (different actors named, or a party denies it), about occurrence (a denial against
 * two or more sources), or about the toll by more than twice (highest figure above twice the lowest
 * floor, vague figures left out); else {@code corroborated} with two or more independent sources,
 * {@code single_source} with one.
 */
public final class Grader {
  private static final String UNIDENTIFIED = "Unidentified";

  private Grader() {}

  public static String grade(List<Member> members, int sources) {
    List<Member> asserting = members.stream().filter(m -> !m.mode().equals("denied")).toList();
    boolean occurrenceDenied = asserting.size() < members.size() || denies(members, "occurrence");
    if (occurrenceDenied && SourceCounter.count(asserting) < 2) {
      return "denied";
    }
    if (occurrenceDenied || denies(members, "perpetrator") || perpetratorsDisagree(asserting)
        || tollsDisagree(members)) {
      return "contested";
    }
    return sources >= 2 ? "corroborated" : "single_source";
  }

  private static boolean denies(List<Member> members, String about) {
    for (Member m : members) {
      for (Claim c : m.event().claims()) {
        if ("denies".equals(c.stance()) && about.equals(c.about())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Two reports name different perpetrators, neither of whom the other report mentions at all. */
  static boolean perpetratorsDisagree(List<Member> members) {
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        String a = perpetrator(members.get(i));
        String b = perpetrator(members.get(j));
        if (a != null && b != null && !a.equals(b) && !actors(members.get(j)).contains(a)
            && !actors(members.get(i)).contains(b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String perpetrator(Member m) {
    ActorRef a = m.event().actor1();
    return a == null || a.name() == null || a.name().startsWith(UNIDENTIFIED) ? null : a.name();
  }

  private static Set<String> actors(Member m) {
    ActorRef a1 = m.event().actor1();
    ActorRef a2 = m.event().actor2();
    // a set, not Set.of: both sides may carry one name ("Military Forces of Mali" against its own mutineers)
    Set<String> names = new java.util.TreeSet<>();
    names.add(a1 == null || a1.name() == null ? "" : a1.name());
    names.add(a2 == null || a2.name() == null ? " " : a2.name());
    return names;
  }

  /** The highest figure claimed is more than twice the lowest floor (vague figures left out). */
  static boolean tollsDisagree(List<Member> members) {
    Integer lowest = null;
    Integer highest = null;
    for (Member m : members) {
      for (Casualty c : m.event().casualties()) {
        if (!"killed".equals(c.kind()) || c.value() == null || "vague".equals(c.qualifier())) {
          continue;
        }
        int top = c.high() != null ? c.high() : c.value();
        highest = highest == null ? top : Math.max(highest, top);
        Integer floor = "at_most".equals(c.qualifier()) ? null : "range".equals(c.qualifier()) ? c.low() : c.value();
        if (floor != null) {
          lowest = lowest == null ? floor : Math.min(lowest, floor);
        }
      }
    }
    return lowest != null && highest > 2L * lowest;
  }
}
