package org.sitrep.store;

import java.time.LocalDate;

/** An article as stored: store id, identity key, its own id, metadata, number of revisions. */
public record StoredArticle(long id, String key, String ref, String url, String title, String source,
    LocalDate published, int revisions) {}
