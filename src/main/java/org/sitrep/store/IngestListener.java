package org.sitrep.store;

/** What an ingest reports as it goes (a progress bar, log lines, a test's record). */
public interface IngestListener {
  /** Reading starts; {@code total} records, or null when unknown (standard input). */
  default void started(Integer total) {}

  /** One record is done: stored, revised, unchanged, rejected or failed. */
  default void done(String ref, Outcome outcome) {}

  /** A record could not be read or extracted; {@code reason} says why. */
  default void problem(String ref, String reason) {}

  /** A readable record with a warning. */
  default void warning(String message) {}

  /** How one record ended. */
  enum Outcome { STORED, REVISED, UNCHANGED, REJECTED, FAILED }

  IngestListener NONE = new IngestListener() {};
}
