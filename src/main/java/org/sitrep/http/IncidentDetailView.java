package org.sitrep.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Claim;
import org.sitrep.incident.Incident;

/**
 * One incident opened: its summary, its reports (one per member mention: article, outlet, date), the
 * casualty figures each report carries with claimant and evidence, and the stances taken.
 */
public record IncidentDetailView(IncidentView incident, List<ReportView> reports, List<FigureView> figures,
    List<StanceView> stances) {

  /** One member mention: which article, which outlet, what it says happened. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReportView(long mention, long article, String article_id, String outlet, String url, String title,
      String published, String type, String mode, String date, String place) {}

  /** A casualty figure as one report carries it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FigureView(String claimant, String claimant_type, String kind, Integer value, String qualifier,
      Integer low, Integer high, String victims, String outlet, String published, long article,
      List<SpanView> evidence) {}

  /** A stance (acknowledges, denies, accuses, ...) as one report carries it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StanceView(String claimant, String claimant_type, String stance, String about, String outlet,
      String published, long article, List<SpanView> evidence) {}

  static IncidentDetailView of(Incident i) {
    List<ReportView> reports = new ArrayList<>();
    List<FigureView> figures = new ArrayList<>();
    List<StanceView> stances = new ArrayList<>();
    for (Incident.Report r : i.mentions()) {
      reports.add(new ReportView(r.mention(), r.article(), r.article_id(), r.outlet(), r.url(), r.title(),
          r.published(), r.type(), r.mode(), r.date(), r.place()));
      for (Casualty c : r.casualties()) {
        figures.add(new FigureView(c.claimed_by() == null ? null : c.claimed_by().name(),
            c.claimed_by() == null ? null : c.claimed_by().type(), c.kind(), c.value(), c.qualifier(), c.low(),
            c.high(), c.victims(), r.outlet(), r.published(), r.article(),
            c.evidence().stream().map(SpanView::of).toList()));
      }
      for (Claim c : r.claims()) {
        stances.add(new StanceView(c.claimant().name(), c.claimant().type(), c.stance(), c.about(), r.outlet(),
            r.published(), r.article(), c.evidence().stream().map(SpanView::of).toList()));
      }
    }
    return new IncidentDetailView(IncidentView.of(i), reports, figures, stances);
  }
}
