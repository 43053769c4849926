package org.sitrep.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.extract.model.EventMention;
import org.sitrep.incident.DateWindow;
import org.sitrep.incident.Incident;
import org.sitrep.incident.IncidentAssembler;
import org.sitrep.incident.IncidentLinker;
import org.sitrep.incident.LinkFeatures;
import org.sitrep.incident.Member;

/**
 * Links one article revision's event mentions into incidents, inside the caller's transaction:
 * each mention in article order is compared with the stored mentions of other articles ({@link
 * IncidentLinker}); it starts an incident, joins one, or joins one and merges others into the lowest
 * id. Every incident touched is then rebuilt from its members ({@link IncidentAssembler}); one left
 * without members is deleted.
 */
final class Linking {
  private final MentionTable mentions;
  private final IncidentTable incidents;

  Linking(MentionTable mentions, IncidentTable incidents) {
    this.mentions = mentions;
    this.incidents = incidents;
  }

  /** Stores and links the events; {@code touched} are incidents already changed (a retired revision). */
  void link(long articleId, long revisionId, LocalDate published, List<EventMention> events,
      Collection<Long> touched) throws SQLException {
    Set<Long> dirty = new TreeSet<>(touched);
    for (int i = 0; i < events.size(); i++) {
      LinkFeatures f = LinkFeatures.of(events.get(i), published);
      long mention = mentions.insert(revisionId, articleId, i, f, events.get(i));
      if (!f.linkable()) {
        continue;
      }
      IncidentLinker.Decision d = IncidentLinker.decide(f, mentions.candidates(f, articleId));
      long into;
      if (d instanceof IncidentLinker.Join join) {
        into = join.incident();
        for (long merged : join.merged()) {
          mentions.moveIncident(merged, into);
          incidents.delete(merged);
          dirty.remove(merged);
        }
      } else {
        into = incidents.create();
      }
      mentions.setIncident(mention, into);
      dirty.add(into);
    }
    for (long id : dirty) {
      rebuild(id);
    }
  }

  private void rebuild(long id) throws SQLException {
    List<Member> members = mentions.members(id);
    if (members.isEmpty()) {
      incidents.delete(id);
      return;
    }
    Incident incident = IncidentAssembler.build(id, members);
    DateWindow window = incident.date() == null ? null
        : DateWindow.parse(incident.date().value(), incident.date().precision()).orElse(null);
    Set<String> actors = new TreeSet<>();
    for (Member m : members) {
      LinkFeatures f = LinkFeatures.of(m.event(), m.published());
      actors.addAll(f.actors());
      if (f.date() != null) {
        window = window == null ? f.date() : window;
      }
    }
    incidents.save(incident, window, actors);
  }
}
