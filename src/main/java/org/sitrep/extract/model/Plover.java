package org.sitrep.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The PLOVER event category and mode. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Plover(String event, String mode) {}
