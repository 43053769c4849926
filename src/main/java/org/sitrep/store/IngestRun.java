package org.sitrep.store;

/**
 * One {@code sitrep ingest} run and its progress: {@code processed} grows in the transaction of each
 * article stored; {@code finished} is set when the run completes (an interrupted run stays 0).
 */
public record IngestRun(long id, String sources, Integer total, int processed, int stored, int revised,
    int unchanged, int failed, boolean finished) {}
