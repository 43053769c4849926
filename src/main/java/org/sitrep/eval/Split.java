package org.sitrep.eval;

import java.util.Locale;

/** Which rows of the dev data an evaluation reads (see {@link SplitRule}). */
public enum Split {
  CHECK, FIT, ALL;

  public boolean includes(String eventId) {
    return this == ALL || (this == CHECK) == SplitRule.isCheck(eventId);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
