package org.sitrep.geo;

import java.util.List;
import org.sitrep.nlp.Span;

/**
 * A name matched in the text before disambiguation: tokens {@code [first, end)} (one token when the
 * name is part of a hyphenated word such as "US-led"), its span and text, the kind, the named
 * country (for COUNTRY/DEMONYM) or the candidate places (most populous first), the facility tokens
 * {@code [end, facilityEnd)} when there is one, and evidence for the confidence score.
 */
record NameMatch(
    int first,
    int end,
    Span span,
    String text,
    PlaceMention.Kind kind,
    Country country,
    List<Place> candidates,
    int facilityEnd,
    boolean insideName,
    boolean taggedLocation,
    boolean taggedPerson) {

  boolean isPlace() {
    return kind == PlaceMention.Kind.SETTLEMENT || kind == PlaceMention.Kind.ADMIN1;
  }
}
