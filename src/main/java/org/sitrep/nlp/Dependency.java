package org.sitrep.nlp;

/**
 * A typed dependency between two tokens (document-level indexes). {@code governor} is -1 for the
 * root. Relations are Universal Dependencies names as CoreNLP prints them ("nsubj:pass",
 * "obl:agent", "nmod:poss").
 */
public record Dependency(int governor, int dependent, String relation) {}
