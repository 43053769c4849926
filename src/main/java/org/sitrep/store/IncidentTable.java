package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.incident.DateWindow;
import org.sitrep.incident.Incident;
import org.sitrep.output.Json;

/** The {@code incident} table: each incident as JSON plus the columns queries filter on. */
final class IncidentTable {
  private final Connection c;

  IncidentTable(Connection c) {
    this.c = c;
  }

  /** A new, empty incident with the next id; {@link #save} fills it in. */
  long create() throws SQLException {
    long id = Sql.nextId(c, "incident");
    Sql.update(c, "INSERT INTO incident (id, actors, grade, sources, body) VALUES (?, '', '', 0, '{}')", id);
    return id;
  }

  void delete(long id) throws SQLException {
    Sql.update(c, "DELETE FROM incident WHERE id = ?", id);
  }

  void save(Incident i, DateWindow window, Set<String> actors) throws SQLException {
    Incident.Where w = i.location();
    String actorText = String.join("|", actors).toLowerCase(Locale.ROOT);
    Sql.update(c, "UPDATE incident SET type = ?, event_type = ?, date_lo = ?, date_hi = ?, country = ?, lat = ?,"
        + " lon = ?, actors = ?, grade = ?, sources = ?, body = ? WHERE id = ?", i.type(), i.event_type(),
        window == null ? null : window.lo(), window == null ? null : window.hi(), w == null ? null : w.country(),
        w == null ? null : w.lat(), w == null ? null : w.lon(), actorText, i.grade(), i.sources(), Json.line(i),
        i.id());
  }

  List<Incident> find(IncidentQuery q) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT body FROM incident WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (q.since() != null) {
      sql.append(" AND date_hi >= ?");
      args.add(q.since().toEpochDay());
    }
    if (q.until() != null) {
      sql.append(" AND date_lo <= ?");
      args.add(q.until().toEpochDay());
    }
    if (q.country() != null) {
      sql.append(" AND country = ?");
      args.add(q.country());
    }
    if (q.type() != null) {
      sql.append(" AND (LOWER(type) = ? OR LOWER(event_type) = ?)");
      args.add(q.type().toLowerCase(Locale.ROOT));
      args.add(q.type().toLowerCase(Locale.ROOT));
    }
    if (q.actor() != null) {
      sql.append(" AND actors LIKE ?");
      args.add("%" + q.actor().toLowerCase(Locale.ROOT) + "%");
    }
    if (q.grade() != null) {
      sql.append(" AND grade = ?");
      args.add(q.grade());
    }
    if (q.bbox() != null) {
      sql.append(" AND lat >= ? AND lat <= ? AND lon >= ? AND lon <= ?");
      args.add(q.bbox().minLat());
      args.add(q.bbox().maxLat());
      args.add(q.bbox().minLon());
      args.add(q.bbox().maxLon());
    }
    sql.append(" ORDER BY id");
    return Sql.query(c, sql.toString(), rs -> parse(rs.getString(1)), args.toArray());
  }

  private static Incident parse(String body) throws SQLException {
    try {
      return Json.MAPPER.readValue(body, Incident.class);
    } catch (JsonProcessingException e) {
      throw new SQLException("unreadable incident: " + e.getMessage(), e);
    }
  }
}
