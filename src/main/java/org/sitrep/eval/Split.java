package org.sitrep.eval;

import java.util.Locale;

/**
 * Which rows of the dev data an evaluation reads (see {@link SplitRule}): the check split, the fit
 * split, all, or the probe rows (fit bucket 1, where a probe model fit without them is scored).
 */
public enum Split {
  CHECK, FIT, ALL, PROBE;

  public boolean includes(String eventId) {
    return switch (this) {
      case ALL -> true;
      case PROBE -> SplitRule.bucket(eventId) == 1;
      default -> (this == CHECK) == SplitRule.isCheck(eventId);
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
