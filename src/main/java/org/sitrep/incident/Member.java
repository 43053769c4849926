package org.sitrep.incident;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.extract.model.EventMention;

/**
 * One event mention as a member of an incident: the mention's id, its article (store id and the
 * article's own id), the outlet that published it, and the event as extracted.
 */
public record Member(
    long mentionId,
    long articleId,
    String articleRef,
    String outlet,
    String url,
    String title,
    LocalDate published,
    EventMention event) {
  public Member {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(event, "event");
  }

  public String mode() {
    return event.mode() == null ? "reported" : event.mode();
  }
}
