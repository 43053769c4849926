package org.sitrep.extract.model;

/** Something the pipeline noticed about its input ("warning") or could not do ("error"). */
public record Diagnostic(String level, String message) {}
