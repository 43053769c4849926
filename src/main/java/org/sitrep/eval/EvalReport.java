package org.sitrep.eval;

import java.util.List;
import java.util.Locale;

/** The figures of one evaluation run over ACLED notes; {@link #render()} prints them. */
public record EvalReport(
    String split,
    int rows,
    List<String> failures,
    double typeWeightedF1,
    double typeMacroF1,
    int macroMinSupport,
    List<LabelStats> perType,
    Figure eventType,
    Figure location,
    Figure date,
    Figure actor1Inter,
    Figure actor2Inter,
    Figure actor1InterMapped,
    Figure actor2InterMapped,
    Figure actorLevelEitherSide,
    Figure fatalities,
    Figure country,
    List<ConfusionTable.Confusion> confusions,
    List<LocationError> worstLocations) {

  /** A count of right answers over the rows it is defined on. */
  public record Figure(int right, int of) {
    /** right / of, or 0 when no row qualifies (devscore divides by max(1, of)). */
    public double rate() {
      return of == 0 ? 0.0 : (double) right / of;
    }
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    line(b, "notes %d (%s split)  failed %d", rows, split, failures.size());
    line(b, "sub_event_type weighted-F1 %.3f  macro-F1 %.3f (types with >= %d examples)",
        typeWeightedF1, typeMacroF1, macroMinSupport);
    line(b, "event_type acc %.3f  date exact %.3f", eventType.rate(), date.rate());
    line(b, "actor1 inter %.3f  actor2 inter %.3f (of %d)  [literal, as devscore.py: text labels never match]",
        actor1Inter.rate(), actor2Inter.rate(), actor2Inter.of());
    line(b, "actor1 inter %.3f  actor2 inter %.3f (of %d)  [mapped: ACLED text labels read as codes 1-8]",
        actor1InterMapped.rate(), actor2InterMapped.rate(), actor2InterMapped.of());
    if (actorLevelEitherSide.of() > 0) {
      line(b, "actor-level rows (text label, no actor2): kind matches actor1 or actor2 %.3f (of %d)",
          actorLevelEitherSide.rate(), actorLevelEitherSide.of());
    }
    line(b, "location within 25 km %.3f  fatalities exact %.3f (of %d)",
        location.rate(), fatalities.rate(), fatalities.of());
    line(b, "country right %.3f (of %d with a known country name)", country.rate(), country.of());
    b.append('\n');
    line(b, "%-40s %9s %6s %6s %7s", "type", "precision", "recall", "F1", "support");
    for (LabelStats s : perType) {
      line(b, "%-40s %9.3f %6.3f %6.3f %7d", s.label(), s.precision(), s.recall(), s.f1(), s.support());
    }
    b.append('\n');
    line(b, "top confusions (gold -> predicted, count)");
    for (ConfusionTable.Confusion c : confusions) {
      line(b, "  %s -> %s  %d", c.gold(), c.predicted(), c.count());
    }
    if (!worstLocations.isEmpty()) {
      b.append('\n');
      line(b, "worst location errors (id, km, gold place, predicted place)");
      for (LocationError e : worstLocations) {
        line(b, "  %s  %.1f km  %s  ->  %s", e.id(), e.km(), e.goldPlace(), e.predictedPlace());
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
