package org.sitrep.geo;

import java.util.List;
import org.sitrep.nlp.Span;

/**
 * A name matched in the text before disambiguation: tokens {@code [first, end)} (one token when the
 * name is part of a hyphenated word such as "US-led"), its span and text, the kind, the named
 * country (for COUNTRY/DEMONYM) or the candidate places (most populous first), the facility tokens
 * {@code [end, facilityEnd)} when there is one, and evidence for the confidence score. {@code
 * attributive}: a country named as a modifier ("US-led", "the US dollar"). {@code articleOnly}: the
 * candidates that bear the name only once the text's leading article is dropped ("El Wak" and a
 * "Wak" or "Wwak" elsewhere).
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
    boolean taggedPerson,
    boolean attributive,
    java.util.Set<Place> articleOnly) {

  NameMatch asAttributive() {
    return new NameMatch(first, end, span, text, kind, country, candidates, facilityEnd, insideName,
        taggedLocation, taggedPerson, true, articleOnly);
  }

  boolean isPlace() {
    return kind == PlaceMention.Kind.SETTLEMENT || kind == PlaceMention.Kind.ADMIN1
        || kind == PlaceMention.Kind.ADMIN2;
  }
}
