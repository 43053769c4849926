package org.sitrep.article;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an RSS 2.0 or Atom feed with jsoup's XML parser: one article per {@code <item>} or
 * {@code <entry>}. The id is the item's guid (else its link); the text is its full content ({@code
 * content:encoded}, Atom {@code content}) or else its summary, HTML reduced to paragraphs; the
 * source is the feed's title. Each item is checked like any other article, and a bad one is
 * rejected as {@code path#item-N}.
 */
public final class FeedReader extends WholeDocumentReader {
  public FeedReader(ReadLimits limits) {
    super(limits);
  }

  public FeedReader() {
    this(ReadLimits.DEFAULT);
  }

  @Override
  protected Stream<ReadResult> parse(InputRef input, byte[] content) {
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    Document feed = Jsoup.parse(decoded.text(), "", Parser.xmlParser());
    String source = firstText(feed, "channel > title", "feed > title").orElse(null);
    List<ReadResult> results = new ArrayList<>();
    int n = 0;
    for (Element item : feed.select("item, entry")) {
      n++;
      results.add(item(input, item, n, source, decoded.warning()));
    }
    if (results.isEmpty()) {
      results.add(new ReadResult.Rejected(input.ref(), "no <item> or <entry> in feed"));
    }
    return results.stream();
  }

  private ReadResult item(InputRef input, Element item, int n, String source, String warning) {
    String link = link(item);
    String id = firstText(item, "guid", "id").or(() -> Optional.ofNullable(link)).orElse(input.id() + "#" + n);
    String ref = input.ref() + "#item-" + n + " (id " + id + ")";
    String html = firstText(item, "content|encoded", "encoded", "content", "description", "summary").orElse("");
    String text = HtmlContentExtractor.paragraphs(Jsoup.parseBodyFragment(html).body());
    Optional<String> problem = TextChecks.problem(text, limits);
    if (problem.isPresent()) {
      return new ReadResult.Rejected(ref, problem.get());
    }
    String title = firstText(item, "title").orElse(null);
    LocalDate published = firstText(item, "pubDate", "published", "updated", "dc|date", "date")
        .flatMap(FeedReader::date).orElse(null);
    List<String> warnings = warning == null ? List.of() : List.of(ref + ": " + warning);
    return new ReadResult.Ok(new Article(id, text, title, published, source, link), warnings);
  }

  private static String link(Element item) {
    Element atom = item.selectFirst("link[href]:not([rel]), link[href][rel=alternate]");
    if (atom != null) {
      return atom.attr("href");
    }
    return firstText(item, "link").orElse(null);
  }

  private static Optional<String> firstText(Element e, String... selectors) {
    for (String selector : selectors) {
      Element found = e.selectFirst(selector);
      if (found != null && !found.text().isBlank()) {
        return Optional.of(found.text().strip());
      }
    }
    return Optional.empty();
  }

  /** RFC 1123 (RSS {@code pubDate}) or ISO 8601 (Atom), as the calendar date written. */
  static Optional<LocalDate> date(String value) {
    Optional<LocalDate> iso = IsoDates.parse(value);
    if (iso.isPresent()) {
      return iso;
    }
    try {
      return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
