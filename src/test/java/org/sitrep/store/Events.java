package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.article.Article;
import org.sitrep.extract.FatalityReconciler;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.extract.model.ArticleMeta;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Claimant;
import org.sitrep.extract.model.DateValue;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Evidence;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.extract.model.Location;

/** Builders of event mentions and extraction results for store tests (no extractor needed). */
final class Events {
  private Events() {}

  static Builder event(String type, String eventType) {
    return new Builder(type, eventType);
  }

  static ExtractionResult result(Article a, EventMention... events) {
    return new ExtractionResult(a.id(), new ArticleMeta(a.title(), a.source(), String.valueOf(a.published()), a.url()),
        List.of(events), List.of(), "test");
  }

  static Casualty killed(int value, String qualifier, String claimant, String claimantType, String quote) {
    return new Casualty("killed", value, qualifier, null, null, "people", "civilians",
        new Claimant(claimant, claimantType), List.of(new Evidence(0, quote.length(), quote)));
  }

  /** A mutable builder of one immutable EventMention. */
  static final class Builder {
    private final String type;
    private final String eventType;
    private String mode = "reported";
    private DateValue date;
    private Location location;
    private ActorRef actor1;
    private ActorRef actor2;
    private final List<Casualty> casualties = new ArrayList<>();

    Builder(String type, String eventType) {
      this.type = type;
      this.eventType = eventType;
    }

    Builder mode(String m) {
      mode = m;
      return this;
    }

    Builder on(String value, String precision) {
      date = new DateValue(value, precision, List.of());
      return this;
    }

    Builder at(String name, double lat, double lon, String country, String precision) {
      location = new Location(name, name, null, country, null, lat, lon, precision, List.of());
      return this;
    }

    Builder in(String country) {
      location = new Location(country, country, null, country, null, null, null, "country", List.of());
      return this;
    }

    Builder by(String name, int inter) {
      actor1 = new ActorRef(name, name, inter, null, List.of());
      return this;
    }

    Builder against(String name, int inter) {
      actor2 = new ActorRef(name, name, inter, null, List.of());
      return this;
    }

    Builder claim(Casualty c) {
      casualties.add(c);
      return this;
    }

    EventMention build() {
      return new EventMention(type, eventType, null, null, mode, date, location, actor1, actor2, null, casualties,
          FatalityReconciler.reconcile(casualties), List.of(), List.of());
    }
  }
}
