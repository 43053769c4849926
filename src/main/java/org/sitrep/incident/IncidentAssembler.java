package org.sitrep.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.sitrep.extract.FatalityReconciler;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Location;

/**
 * Builds an incident from its member mentions (ordered by mention id). Its type, date, place and
 * actors come from the members that report it (background and denied mentions only when no member
 * reports it): the most frequent type, the most precise date and place, the most frequent named
 * actors, ties going to the earliest mention. Fatalities are reconciled over every member's claims
 * with the rules of one article ({@link FatalityReconciler}); sources and grade per
 * docs/RECONCILIATION.md. Deterministic: the same members give the same incident.
 */
public final class IncidentAssembler {
  private static final List<String> PLACE_RANK = List.of("exact", "near", "admin2", "admin1", "country", "unknown");

  private IncidentAssembler() {}

  public static Incident build(long id, List<Member> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " has no members");
    }
    List<Member> primary = members.stream().filter(m -> m.mode().equals("reported")).toList();
    if (primary.isEmpty()) {
      primary = members;
    }
    EventMention typed = mostFrequent(primary, e -> e.type()).event();
    List<Casualty> claims = new ArrayList<>();
    members.forEach(m -> claims.addAll(m.event().casualties()));
    int sources = SourceCounter.count(members);
    return new Incident(id, typed.type(), typed.event_type(), date(primary), place(primary),
        party(primary, EventMention::actor1, null), party(primary, EventMention::actor2,
            party(primary, EventMention::actor1, null)),
        FatalityReconciler.reconcile(claims), sources, Grader.grade(members, sources), figures(members),
        members.stream().map(IncidentAssembler::report).toList());
  }

  private static Member mostFrequent(List<Member> members, Function<EventMention, String> key) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Member> first = new LinkedHashMap<>();
    for (Member m : members) {
      String k = String.valueOf(key.apply(m.event()));
      counts.merge(k, 1, Integer::sum);
      first.putIfAbsent(k, m);
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return first.get(best);
  }

  private static Incident.When date(List<Member> members) {
    Member best = null;
    long bestWidth = Long.MAX_VALUE;
    for (Member m : members) {
      if (m.event().date() == null) {
        continue;
      }
      DateWindow w = DateWindow.parse(m.event().date().value(), m.event().date().precision()).orElse(null);
      if (w != null && w.hi() - w.lo() < bestWidth) {
        best = m;
        bestWidth = w.hi() - w.lo();
      }
    }
    return best == null ? new Incident.When(null, "unknown")
        : new Incident.When(best.event().date().value(), best.event().date().precision());
  }

  private static Incident.Where place(List<Member> members) {
    Location best = null;
    for (Member m : members) {
      Location l = m.event().location();
      if (l != null && (best == null || rank(l) < rank(best))) {
        best = l;
      }
    }
    return best == null ? null
        : new Incident.Where(best.name(), best.lat(), best.lon(), best.country(), best.admin1(), best.geonameid(),
            best.precision() == null ? "unknown" : best.precision());
  }

  private static int rank(Location l) {
    int r = PLACE_RANK.indexOf(l.precision() == null ? "unknown" : l.precision());
    return r < 0 ? PLACE_RANK.size() : r;
  }

  /** The most frequent named actor in the role (not {@code other}); else the first one at all. */
  private static Incident.Party party(List<Member> members, Function<EventMention, ActorRef> role,
      Incident.Party other) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, ActorRef> first = new LinkedHashMap<>();
    ActorRef any = null;
    for (Member m : members) {
      ActorRef a = role.apply(m.event());
      if (a == null || a.name() == null || (other != null && a.name().equals(other.name()))) {
        continue;
      }
      any = any == null ? a : any;
      if (!a.name().startsWith("Unidentified")) {
        counts.merge(a.name(), 1, Integer::sum);
        first.putIfAbsent(a.name(), a);
      }
    }
    ActorRef chosen = any;
    int top = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > top) {
        top = e.getValue();
        chosen = first.get(e.getKey());
      }
    }
    return chosen == null ? null : new Incident.Party(chosen.name(), chosen.inter(), chosen.country());
  }

  /** A figure as first claimed and the outlets that carried it. */
  private record Figure(Casualty claim, TreeSet<String> outlets) {}

  /** Each distinct figure with the outlets that carried it and its independent sources. */
  static List<Incident.FigureSources> figures(List<Member> members) {
    Map<String, Figure> byFigure = new LinkedHashMap<>();
    for (Member m : members) {
      for (Casualty c : m.event().casualties()) {
        String claimant = c.claimed_by() == null ? null : c.claimed_by().name();
        String key = String.join("|", c.kind(), String.valueOf(c.value()), c.qualifier(), String.valueOf(c.low()),
            String.valueOf(c.high()), String.valueOf(claimant));
        byFigure.computeIfAbsent(key, k -> new Figure(c, new TreeSet<>())).outlets().add(m.outlet());
      }
    }
    List<Incident.FigureSources> out = new ArrayList<>();
    for (Figure f : byFigure.values()) {
      Casualty c = f.claim();
      boolean named = SourceCounter.isNamed(c.claimed_by());
      out.add(new Incident.FigureSources(c.kind(), c.value(), c.qualifier(), c.low(), c.high(),
          c.claimed_by() == null ? null : c.claimed_by().name(), List.copyOf(f.outlets()),
          named ? 1 : f.outlets().size()));
    }
    return out;
  }

  private static Incident.Report report(Member m) {
    EventMention e = m.event();
    return new Incident.Report(m.mentionId(), m.articleId(), m.articleRef(), m.outlet(), m.url(), m.title(),
        m.published() == null ? null : m.published().toString(), e.type(), m.mode(),
        e.date() == null ? null : e.date().value(), e.location() == null ? null : e.location().name(),
        e.casualties(), e.claims());
  }
}
