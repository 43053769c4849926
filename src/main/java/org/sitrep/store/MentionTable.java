package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.extract.model.EventMention;
import org.sitrep.incident.DateWindow;
import org.sitrep.incident.IncidentLinker;
import org.sitrep.incident.LinkFeatures;
import org.sitrep.incident.Member;
import org.sitrep.output.Json;

/** The {@code mention} table: event mentions with their link features and their incident. */
final class MentionTable {
  private static final String FEATURES = "id, incident_id, article_id, family, mode, date_lo, date_hi, lat, lon, country, admin1,"
      + " place_precision, actors";

  private final Connection c;

  MentionTable(Connection c) {
    this.c = c;
  }

  long insert(long revisionId, long articleId, int ordinal, LinkFeatures f, EventMention event) throws SQLException {
    long id = Sql.nextId(c, "mention");
    DateWindow w = f.date();
    Sql.update(c, "INSERT INTO mention (id, revision_id, article_id, ordinal, current, incident_id, family, mode,"
        + " date_lo, date_hi, lat, lon, country, admin1, place_precision, actors, event)"
        + " VALUES (?, ?, ?, ?, 1, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, revisionId, articleId, ordinal,
        f.family(), f.mode(), w == null ? null : w.lo(), w == null ? null : w.hi(), f.lat(), f.lon(), f.country(),
        f.admin1(), f.precision(), f.actorsText(), Json.line(event));
    return id;
  }

  /** Current, linked mentions of other articles that share the family and whose dates may overlap. */
  List<IncidentLinker.Candidate> candidates(LinkFeatures f, long articleId) throws SQLException {
    return Sql.query(c, "SELECT " + FEATURES + " FROM mention WHERE current = 1 AND incident_id IS NOT NULL"
        + " AND family = ? AND article_id <> ? AND date_lo <= ? AND date_hi >= ? ORDER BY id",
        rs -> new IncidentLinker.Candidate(rs.getLong("id"), rs.getLong("incident_id"), rs.getLong("article_id"),
            features(rs)),
        f.family(), articleId, f.date().hi() + DateWindow.SLACK_DAYS, f.date().lo() - DateWindow.SLACK_DAYS);
  }

  void setIncident(long mentionId, long incidentId) throws SQLException {
    Sql.update(c, "UPDATE mention SET incident_id = ? WHERE id = ?", incidentId, mentionId);
  }

  void moveIncident(long from, long to) throws SQLException {
    Sql.update(c, "UPDATE mention SET incident_id = ? WHERE incident_id = ?", to, from);
  }

  /** Retires an article's current mentions (a new revision replaces them); returns their incidents. */
  List<Long> retire(long articleId) throws SQLException {
    List<Long> incidents = Sql.query(c, "SELECT DISTINCT incident_id FROM mention WHERE article_id = ? AND current = 1"
        + " AND incident_id IS NOT NULL ORDER BY incident_id", rs -> rs.getLong(1), articleId);
    Sql.update(c, "UPDATE mention SET current = 0 WHERE article_id = ? AND current = 1", articleId);
    return incidents;
  }

  /** An incident's current members in mention order, with their articles. */
  List<Member> members(long incidentId) throws SQLException {
    return Sql.query(c, "SELECT m.id, m.article_id, m.event, a.ref, a.source, a.url, a.title, a.published"
        + " FROM mention m JOIN article a ON a.id = m.article_id WHERE m.incident_id = ? AND m.current = 1"
        + " ORDER BY m.id", MentionTable::member, incidentId);
  }

  private static Member member(ResultSet rs) throws SQLException {
    String published = rs.getString("published");
    String url = rs.getString("url");
    String source = rs.getString("source");
    EventMention event;
    try {
      event = Json.MAPPER.readValue(rs.getString("event"), EventMention.class);
    } catch (JsonProcessingException e) {
      throw new SQLException("unreadable event of mention " + rs.getLong("id") + ": " + e.getMessage(), e);
    }
    return new Member(rs.getLong("id"), rs.getLong("article_id"), rs.getString("ref"), outlet(source, url), url,
        rs.getString("title"), published == null ? null : LocalDate.parse(published), event);
  }

  /** The outlet: the article's source, else its URL's host, else "unknown". */
  static String outlet(String source, String url) {
    if (source != null && !source.isBlank()) {
      return source.strip();
    }
    if (url != null) {
      try {
        String host = URI.create(url.strip()).getHost();
        if (host != null) {
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall through
      }
    }
    return "unknown";
  }

  private static LinkFeatures features(ResultSet rs) throws SQLException {
    Long lo = Sql.lng(rs, "date_lo");
    Long hi = Sql.lng(rs, "date_hi");
    return new LinkFeatures(rs.getString("family"), rs.getString("mode"), lo == null ? null : new DateWindow(lo, hi),
        Sql.dbl(rs, "lat"), Sql.dbl(rs, "lon"), rs.getString("country"), rs.getString("admin1"),
        rs.getString("place_precision"), LinkFeatures.actorsFrom(rs.getString("actors")));
  }
}
