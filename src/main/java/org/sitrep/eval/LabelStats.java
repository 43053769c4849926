package org.sitrep.eval;

/** Precision, recall and F1 of one gold label, and how many gold examples it has. */
public record LabelStats(String label, double precision, double recall, double f1, int support) {}
