package org.sitrep.extract;

import java.util.List;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Fatalities;

/**
 * Reconciles "killed" claims into low / best / high (docs/RECONCILIATION.md): {@code low} is the
 * lowest credible floor, {@code best} the most conservative figure stated as fact or by a named
 * claimant (any claim when there is no such one), {@code high} the highest figure claimed. "Up to N"
 * gives no floor; a range gives its bounds. The same rules serve one article and a merged incident.
 */
public final class FatalityReconciler {
  private FatalityReconciler() {}

  /** Null when no claim counts the dead. */
  public static Fatalities reconcile(List<Casualty> casualties) {
    Integer low = null;
    Integer best = null;
    Integer bestAny = null;
    Integer high = null;
    for (Casualty c : casualties) {
      if (!"killed".equals(c.kind()) || c.value() == null) {
        continue;
      }
      Integer floor = floor(c);
      int top = c.high() != null ? c.high() : c.value();
      high = high == null ? top : Math.max(high, top);
      if (floor == null) {
        continue;
      }
      low = low == null ? floor : Math.min(low, floor);
      bestAny = bestAny == null ? floor : Math.min(bestAny, floor);
      if (c.claimed_by() == null || !"unattributed".equals(c.claimed_by().type())) {
        best = best == null ? floor : Math.min(best, floor);
      }
    }
    if (high == null) {
      return null;
    }
    if (best == null) {
      best = bestAny;
    }
    return new Fatalities(low, best, high);
  }

  private static Integer floor(Casualty c) {
    return switch (c.qualifier()) {
      case "at_most" -> null;
      case "range" -> c.low();
      default -> c.value();
    };
  }
}
