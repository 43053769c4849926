package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sitrep.extract.model.Claim;
import org.sitrep.extract.model.DateValue;

/** The mentions of one event within an article, gathered while the assembler reads it. */
final class Cluster {
  final List<Mention> mentions = new ArrayList<>();
  final TreeSet<Integer> sentences = new TreeSet<>();
  final List<CasualtyFinder.Found> casualties = new ArrayList<>();
  final List<Claim> claims = new ArrayList<>();
  EventType type;
  String mode;
  Arg actor1;
  Arg actor2;
  DateValue date;
  Cluster anchoredTo;
  /** An attribution whose claim governs the act its first sentence reports ("X blamed Y for the attack"). */
  boolean framesAct;

  Cluster(Mention first) {
    add(first);
    this.type = first.type();
    this.mode = first.mode();
  }

  void add(Mention m) {
    mentions.add(m);
    sentences.add(m.sentence());
    if (type != null && m.type().specificity() > type.specificity() && lexical(m)) {
      type = m.type();
    }
    if (m.type().family() == EventType.Family.DISASTER) {
      return; // a flood or an earthquake has no perpetrator or target
    }
    if (actor1 == null && m.agent() != null || actor1 != null && m.agent() != null
        && actor1.actor().country() == null && m.agent().actor().country() != null) {
      actor1 = m.agent();
    }
    if (actor2 == null && m.patient() != null) {
      actor2 = m.patient();
    }
    if (m.date() != null && (date == null || rank(m.date().precision()) < rank(date.precision()))) {
      date = m.date();
    }
  }

  /**
   * A later mention refines the event's type only when its own trigger names that type ("killed in
   * airstrikes"), not when the type was inferred from a cue elsewhere in its sentence ("fighting
   * which involved drones" does not turn an ambush into an air strike).
   */
  private static boolean lexical(Mention m) {
    return m.type().family() != EventType.Family.VIOLENT || m.triggers().stream().anyMatch(t -> t.type() == m.type());
  }

  /** A place said in a sentence that only refers back to the event ("The quake was centred near X"). */
  final List<PlaceChooser.Candidate> referencePlaces = new ArrayList<>();

  int firstSentence() {
    return sentences.first();
  }

  EventType.Family family() {
    return type.family();
  }

  static int rank(String precision) {
    return switch (precision) {
      case "day" -> 0;
      case "week" -> 1;
      case "month" -> 2;
      case "year" -> 3;
      default -> 4;
    };
  }
}
