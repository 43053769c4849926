package org.sitrep.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The article's metadata as echoed in the output. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleMeta(String title, String source, String published, String url) {}
