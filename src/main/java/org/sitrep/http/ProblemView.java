package org.sitrep.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An error as RFC 9457 problem details, with the offending parameter when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemView(String type, String title, int status, String detail, String instance,
    String parameter) {}
