package org.sitrep.store;

/** A record that could not be read or extracted: where it is, at which stage, why. */
public record Failure(long id, Long runId, String ref, String stage, String reason) {}
