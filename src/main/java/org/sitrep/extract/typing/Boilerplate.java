package org.sitrep.extract.typing;

import java.util.regex.Pattern;

/**
 * Removes the parts of an ACLED-style note that say nothing about what happened, so a model fit on
 * notes reads the same words a news sentence has: the leading date ("On 9 May 2020,", "Around 15
 * May 2020 (month of),", "Between 1 and 3 May 2020,"), bracketed coder tags ("[size=no report]"),
 * "(date not reported)" remarks and leading category labels ("Movement of forces:").
 */
public final class Boilerplate {
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern LEADING_DATE = Pattern.compile(
      "^\\s*(?:(?:On|Around|Between|From|In|During|Over|By|As of|On or around|On or about|Overnight on|Sometime)\\s+)"
          + "(?:or around\\s+|the (?:night|morning|evening|weekend|week) of\\s+|(?:early|mid|late)[- ])?"
          + "[^,.;]{0,40}?(?:\\d{4}|" + MONTH + ")(?:\\s*\\([^)]{0,40}\\))?\\s*,\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]{0,200}\\]");
  private static final Pattern REMARKS = Pattern.compile(
      "\\((?:[^)]{0,40}(?:date|month|week|year)[^)]{0,20} (?:not )?(?:reported|of|known|unknown|coded)[^)]{0,20})\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile("^\\s*[A-Z][A-Za-z /&-]{2,40}:\\s+(?=[A-Z0-9])");

  private Boilerplate() {}

  public static String strip(String text) {
    if (text == null) {
      return "";
    }
    String s = BRACKETS.matcher(text).replaceAll(" ");
    s = REMARKS.matcher(s).replaceAll(" ");
    for (int i = 0; i < 2; i++) {
      s = LABEL.matcher(s).replaceFirst("");
      s = LEADING_DATE.matcher(s).replaceFirst("");
    }
    return s.strip();
  }
}
