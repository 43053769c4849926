package org.sitrep.extract.model;

/** Reconciled deaths over all "killed" claims of an event (see docs/RECONCILIATION.md). */
public record Fatalities(Integer low, Integer best, Integer high) {}
