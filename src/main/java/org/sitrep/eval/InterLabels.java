package org.sitrep.eval;

import java.util.Locale;
import java.util.Map;

/**
 * ACLED's inter codes and the text labels its newer exports write in their place ("State forces",
 * "Rioters"): {@link #code} reads either as the code, so that text-labelled gold rows can be scored.
 */
final class InterLabels {
  private static final Map<String, String> CODES = Map.of(
      "state forces", "1",
      "rebel group", "2",
      "political militia", "3",
      "identity militia", "4",
      "rioters", "5",
      "protesters", "6",
      "civilians", "7",
      "external/other forces", "8");

  private InterLabels() {}

  /** The code of a label ("Rioters" gives "5"); a code or an unknown value is returned as it is. */
  static String code(String inter) {
    String v = inter == null ? "" : inter.strip();
    return CODES.getOrDefault(v.toLowerCase(Locale.ROOT), v);
  }

  /** Whether the value is one of ACLED's text labels rather than a code. */
  static boolean isLabel(String inter) {
    return inter != null && CODES.containsKey(inter.strip().toLowerCase(Locale.ROOT));
  }
}
