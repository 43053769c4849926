package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.actors.Actor;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Claim;
import org.sitrep.extract.model.Claimant;
import org.sitrep.extract.model.Evidence;
import org.sitrep.geo.PlaceMention;

/**
 * Completes the events once the whole article is read: dates inherited through anchors ("after the
 * attack"), background mode from the date, and casualty figures and claims merged when several
 * sentences repeat one claim (a headline's figure is the body's attributed one; a country's
 * government and its army are one claimant).
 */
final class ClusterFinisher {
  private final DocContext doc;
  private final DateFinder dates;
  private final List<Cluster> clusters;

  ClusterFinisher(DocContext doc, DateFinder dates, List<Cluster> clusters) {
    this.doc = doc;
    this.dates = dates;
    this.clusters = clusters;
  }

  void finish() {
    for (Cluster c : clusters) {
      if (c.date == null && c.anchoredTo != null) {
        c.date = c.anchoredTo.date;
      }
      if (c.mode.equals("reported") && c.date != null && dates.historical(c.date)) {
        c.mode = "historical";
      }
    }
  }

  /** The place most of the cluster's mentions name, "near" when any of them says so. */
  static PlaceChooser.Candidate bestPlace(Cluster c) {
    Map<String, double[]> score = new LinkedHashMap<>();
    Map<String, PlaceChooser.Candidate> first = new LinkedHashMap<>();
    Map<String, Boolean> near = new LinkedHashMap<>();
    for (Mention m : c.mentions) {
      PlaceChooser.Candidate p = m.place();
      if (p == null) {
        continue;
      }
      String key = key(p.place());
      score.computeIfAbsent(key, k -> new double[1])[0] += p.score();
      first.putIfAbsent(key, p);
      near.merge(key, p.near(), Boolean::logicalOr);
    }
    String best = null;
    for (String k : score.keySet()) {
      if (best == null || score.get(k)[0] > score.get(best)[0]) {
        best = k;
      }
    }
    if (best == null) {
      return null;
    }
    PlaceChooser.Candidate f = first.get(best);
    return new PlaceChooser.Candidate(f.place(), score.get(best)[0], near.get(best));
  }

  private static String key(PlaceMention p) {
    if (p.place() != null) {
      return "p" + p.place().geonameId();
    }
    return "c" + (p.country() == null ? p.text() : p.country().iso2());
  }

  static boolean samePlace(PlaceChooser.Candidate a, PlaceChooser.Candidate b) {
    PlaceMention x = a.place();
    PlaceMention y = b.place();
    if (x.place() != null && y.place() != null) {
      return x.place().geonameId() == y.place().geonameId() || x.place().distanceKm(y.place()) <= 25;
    }
    if (x.country() != null && y.country() != null) {
      return x.country().iso2().equals(y.country().iso2());
    }
    return true;
  }

  /** One claim per (kind, figure, qualifier) and claimant side, with all its evidence. */
  static List<Casualty> mergeCasualties(List<CasualtyFinder.Found> found) {
    List<Casualty> merged = new ArrayList<>();
    List<Actor> sides = new ArrayList<>();
    for (CasualtyFinder.Found f : found) {
      Casualty c = f.casualty();
      int same = -1;
      for (int i = 0; i < merged.size(); i++) {
        Casualty m = merged.get(i);
        if (m.kind().equals(c.kind()) && m.value().equals(c.value()) && m.qualifier().equals(c.qualifier())
            && sameClaimant(m.claimed_by(), sides.get(i), c.claimed_by(), f.claimantActor())) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        merged.add(c);
        sides.add(f.claimantActor());
        continue;
      }
      Casualty m = merged.get(same);
      TreeSet<Evidence> ev = new TreeSet<>(m.evidence());
      ev.addAll(c.evidence());
      boolean takeNew = preferred(c.claimed_by(), m.claimed_by());
      Casualty base = takeNew ? c : m;
      merged.set(same, new Casualty(base.kind(), base.value(), base.qualifier(), base.low(), base.high(),
          m.victims() != null ? m.victims() : c.victims(),
          "unknown".equals(m.victim_category()) ? c.victim_category() : m.victim_category(),
          base.claimed_by(), new ArrayList<>(ev)));
      if (takeNew) {
        sides.set(same, f.claimantActor());
      }
    }
    merged.sort(Comparator.comparingInt(c -> c.evidence().get(0).start()));
    return merged;
  }

  private static boolean sameClaimant(Claimant a, Actor sideA, Claimant b, Actor sideB) {
    if (a.name().equals(b.name())) {
      return true;
    }
    if (a.type().equals("media") || b.type().equals("media")) {
      return true; // the outlet restating a figure it attributes elsewhere (a headline)
    }
    return StanceFinder.sameSide(sideA, sideB);
  }

  /** A named source over the outlet; a more specific name over a shorter one. */
  private static boolean preferred(Claimant candidate, Claimant current) {
    boolean candidateNamed = !candidate.type().equals("media") && !candidate.type().equals("unattributed");
    boolean currentNamed = !current.type().equals("media") && !current.type().equals("unattributed");
    if (candidateNamed != currentNamed) {
      return candidateNamed;
    }
    return candidate.name().length() > current.name().length();
  }

  static List<Claim> mergeClaims(List<Claim> claims) {
    Map<String, Claim> byKey = new LinkedHashMap<>();
    for (Claim c : claims) {
      String key = c.claimant().name() + "\u0000" + c.stance();
      Claim m = byKey.get(key);
      if (m == null) {
        byKey.put(key, c);
      } else {
        TreeSet<Evidence> ev = new TreeSet<>(m.evidence());
        ev.addAll(c.evidence());
        byKey.put(key, new Claim(m.claimant(), m.stance(), m.about(), new ArrayList<>(ev)));
      }
    }
    List<Claim> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparingInt((Claim c) -> c.evidence().get(0).start()).thenComparing(Claim::stance));
    return out;
  }
}
