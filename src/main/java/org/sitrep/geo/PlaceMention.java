package org.sitrep.geo;

import org.sitrep.nlp.Span;

/**
 * A place named in an article. {@code place} is the resolved GeoNames point (null for COUNTRY and
 * DEMONYM), {@code country} the country of the place or the named country. {@code facility} is the
 * facility noun that follows the name ("military airport", "refugee camp") with its span, or null;
 * {@code preposition} the lower-cased case marker governing the name or its facility ("in", "near",
 * "north of", "outskirts of"), or null. {@code score} is a confidence in [0, 1]; a country or
 * demonym found inside an organisation's name ("Syrian Observatory for Human Rights") has score
 * {@link #IN_NAME_SCORE}. {@code attributive}: a country named as a modifier of a noun ("US-led",
 * "Saudi-backed", "US forces", "the US dollar"): it may name an actor's nationality, never the site,
 * and it does not make its country the article's.
 */
public record PlaceMention(
    Span span,
    String text,
    Kind kind,
    Place place,
    Country country,
    Span facilitySpan,
    String facility,
    String preposition,
    double score,
    boolean attributive) {

  public static final double IN_NAME_SCORE = 0.1;

  public enum Kind {
    SETTLEMENT,
    ADMIN1,
    /** A district or lower unit ("Mandera district", "Gazipur Sadar") or a GeoNames admin2 unit. */
    ADMIN2,
    COUNTRY,
    DEMONYM
  }

  /**
   * A country, demonym or settlement that is part of an organisation's or event's name, not a
   * location ("Kenya Airways", "Nyeri National Polytechnic").
   */
  public boolean insideName() {
    return score <= IN_NAME_SCORE;
  }
}
