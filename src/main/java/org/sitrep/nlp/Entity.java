package org.sitrep.nlp;

/**
 * A named-entity mention from the NER layer: tokens {@code [firstToken, endToken)}, CoreNLP's coarse
 * type (PERSON, LOCATION, ORGANIZATION, MISC, DATE, NUMBER, ...), and for dates/numbers the
 * normalised value or null.
 */
public record Entity(Span span, int firstToken, int endToken, String type, String text, String normalized) {}
