package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Location;

/**
 * Compares each gold row with the first event extracted from its note, with devscore.py's
 * definitions: a row with no event is predicted "none" and counts as wrong on every field except
 * a toll of 0. Not thread-safe: fill it from one thread, in any order.
 */
public final class Scorecard {
  /** The distance within which a location counts as right. */
  public static final double LOCATION_KM = 25.0;
  /** The predicted type of a row without events. */
  public static final String NONE = "none";

  private final CountryCodes countries;
  private final Scores types = new Scores();
  private final ConfusionTable confusions = new ConfusionTable();
  private final List<LocationError> distances = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private int rows;
  private int eventType;
  private int location;
  private int date;
  private int inter1;
  private int inter2;
  private int inter2Rows;
  private int inter1Mapped;
  private int inter2Mapped;
  private int inter2MappedRows;
  private int labelRows;
  private int labelEitherSide;
  private int toll;
  private int tollRows;
  private int country;
  private int countryRows;

  public Scorecard(CountryCodes countries) {
    this.countries = countries;
  }

  /** A row whose extraction failed: scored as a row without events, and listed. */
  public void addFailure(AcledRow gold, String reason) {
    failures.add(gold.eventId() + ": " + reason);
    add(gold, null);
  }

  /** One row and the first event extracted from it, or null when there was none. */
  public void add(AcledRow gold, EventMention predicted) {
    rows++;
    String type = predicted == null || predicted.type() == null ? NONE : predicted.type();
    types.add(gold.subEventType(), type);
    confusions.add(gold.subEventType(), type);
    if (predicted != null && gold.eventType().equals(predicted.event_type())) {
      eventType++;
    }
    scoreLocation(gold, predicted == null ? null : predicted.location());
    if (predicted != null && sameDay(gold, predicted)) {
      date++;
    }
    if (sameInter(predicted == null ? null : predicted.actor1(), gold.inter1())) {
      inter1++;
    }
    if (gold.hasActor2()) {
      inter2Rows++;
      inter2 += sameInter(predicted == null ? null : predicted.actor2(), gold.inter2()) ? 1 : 0;
    }
    scoreMappedInter(gold, predicted);
    if (gold.tollComparable()) {
      tollRows++;
      toll += bestToll(predicted) == gold.fatalityCount() ? 1 : 0;
    }
  }

  private void scoreLocation(AcledRow gold, Location loc) {
    double[] point = gold.point();
    boolean hasPrediction = loc != null && loc.lat() != null && loc.lon() != null;
    if (hasPrediction && point != null) {
      double km = Haversine.km(loc.lat(), loc.lon(), point[0], point[1]);
      location += km <= LOCATION_KM ? 1 : 0;
      distances.add(new LocationError(gold.eventId(), km, gold.location(), loc.name()));
    }
    Optional<String> goldCountry = countries.iso2OfName(gold.country());
    if (goldCountry.isPresent()) {
      countryRows++;
      Optional<String> predicted = loc == null || loc.country() == null ? Optional.empty()
          : countries.iso2OfCode(loc.country());
      country += goldCountry.equals(predicted) ? 1 : 0;
    }
  }

  private static boolean sameDay(AcledRow gold, EventMention e) {
    String value = e.date() == null ? null : e.date().value();
    if (value == null || value.isEmpty()) {
      return false;
    }
    String day = value.length() > 10 ? value.substring(0, 10) : value;
    return AcledDates.parse(gold.eventDate()).map(d -> d.toString().equals(day)).orElse(false);
  }

  /**
   * The inter figures with ACLED's text labels ("Rioters", "State forces") read as their codes. Rows
   * in ACLED's actor-level export carry a label and no actor2: one such row per actor of the event,
   * so they are also scored as right when either extracted actor has the labelled kind.
   */
  private void scoreMappedInter(AcledRow gold, EventMention predicted) {
    ActorRef a1 = predicted == null ? null : predicted.actor1();
    ActorRef a2 = predicted == null ? null : predicted.actor2();
    String code1 = InterLabels.code(gold.inter1());
    inter1Mapped += sameInter(a1, code1) ? 1 : 0;
    String code2 = InterLabels.code(gold.inter2());
    if (!code2.isEmpty() && !code2.equals("0")) {
      inter2MappedRows++;
      inter2Mapped += sameInter(a2, code2) ? 1 : 0;
    }
    if (InterLabels.isLabel(gold.inter1()) && !gold.hasActor2()) {
      labelRows++;
      labelEitherSide += sameInter(a1, code1) || sameInter(a2, code1) ? 1 : 0;
    }
  }

  private static boolean sameInter(ActorRef actor, String gold) {
    return actor != null && actor.inter() != null && String.valueOf(actor.inter()).equals(gold);
  }

  private static int bestToll(EventMention e) {
    return e == null || e.fatalities() == null || e.fatalities().best() == null ? 0 : e.fatalities().best();
  }

  /** The figures, with the {@code worst} largest location errors and the ten top confusions. */
  public EvalReport report(String split, int worst, int macroMinSupport) {
    List<LocationError> worstErrors = distances.stream()
        .sorted(Comparator.comparingDouble(LocationError::km).reversed().thenComparing(LocationError::id))
        .limit(worst)
        .toList();
    return new EvalReport(split, rows, List.copyOf(failures),
        types.weightedF1(), types.macroF1(macroMinSupport), macroMinSupport, types.perLabel(),
        new EvalReport.Figure(eventType, rows), new EvalReport.Figure(location, rows),
        new EvalReport.Figure(date, rows), new EvalReport.Figure(inter1, rows),
        new EvalReport.Figure(inter2, inter2Rows), new EvalReport.Figure(inter1Mapped, rows),
        new EvalReport.Figure(inter2Mapped, inter2MappedRows), new EvalReport.Figure(labelEitherSide, labelRows),
        new EvalReport.Figure(toll, tollRows),
        new EvalReport.Figure(country, countryRows), confusions.top(10), worstErrors);
  }
}
