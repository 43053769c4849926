package org.sitrep.store;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleSources;
import org.sitrep.article.Defaults;
import org.sitrep.article.ReadLimits;
import org.sitrep.article.ReadResult;
import org.xml.sax.InputSource;

/**
 * An {@code http(s)://} source of {@code sitrep ingest}: fetched once; an RSS or Atom feed (any
 * dialect Rome reads) gives one article per entry, anything else (an HTML page, JSONL) is read as
 * a file of that content would be, its URL kept as the article's URL.
 */
final class UrlSource {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private UrlSource() {}

  static boolean isUrl(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  static List<ReadResult> fetch(String url, Defaults defaults) {
    byte[] body;
    try {
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(TIMEOUT).build();
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
          .header("User-Agent", "sitrep-ingest").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() / 100 != 2) {
        return List.of(new ReadResult.Rejected(url, "HTTP " + r.statusCode()));
      }
      body = r.body();
    } catch (IOException | IllegalArgumentException e) {
      return List.of(new ReadResult.Rejected(url, "cannot fetch: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of(new ReadResult.Rejected(url, "interrupted while fetching"));
    }
    return looksLikeFeed(body) ? feed(url, body, defaults) : document(url, body, defaults);
  }

  private static boolean looksLikeFeed(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  private static List<ReadResult> feed(String url, byte[] body, Defaults defaults) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(body)));
    } catch (FeedException | IllegalArgumentException e) {
      return List.of(new ReadResult.Rejected(url, "not a readable feed: " + e.getMessage()));
    }
    List<ReadResult> out = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      out.add(entry(url, n, e, feed.getTitle(), defaults));
    }
    if (out.isEmpty()) {
      out.add(new ReadResult.Rejected(url, "no entries in feed"));
    }
    return out;
  }

  private static ReadResult entry(String url, int n, SyndEntry e, String feedTitle, Defaults defaults) {
    String id = firstNonBlank(e.getUri(), e.getLink(), url + "#" + n);
    String ref = url + "#item-" + n + " (id " + id + ")";
    String html = e.getContents().isEmpty() ? null : e.getContents().stream().map(SyndContent::getValue)
        .reduce("", (a, b) -> a + "\n" + b);
    if (html == null || html.isBlank()) {
      html = e.getDescription() == null ? "" : e.getDescription().getValue();
    }
    String text = paragraphs(html);
    if (text.isBlank()) {
      return new ReadResult.Rejected(ref, "empty text");
    }
    Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    LocalDate published = when == null ? null : when.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    Article a = new Article(id, text, e.getTitle(), published, feedTitle == null ? null : feedTitle.strip(),
        firstNonBlank(e.getLink(), null, null));
    return new ReadResult.Ok(defaults.applyTo(a), List.of());
  }

  /** Block elements as paragraphs separated by blank lines; plain text when there are none. */
  static String paragraphs(String html) {
    Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
    List<String> blocks = body.select("p, li, h1, h2, h3, h4, blockquote").eachText();
    return blocks.isEmpty() ? body.text().strip() : String.join("\n\n", blocks).strip();
  }

  /** A page or file by URL: read like a local file of the same content, keeping the URL. */
  private static List<ReadResult> document(String url, byte[] body, Defaults defaults) {
    ArticleSources sources = new ArticleSources(ReadLimits.DEFAULT, new ByteArrayInputStream(body));
    try (Stream<ReadResult> results = sources.read(List.of("-"), defaults)) {
      return results.map(r -> r instanceof ReadResult.Ok ok ? withUrl(ok, url)
          : new ReadResult.Rejected(url, ((ReadResult.Rejected) r).reason())).toList();
    }
  }

  private static ReadResult withUrl(ReadResult.Ok ok, String url) {
    Article a = ok.article();
    String id = a.id().equals("stdin") ? url : a.id();
    return new ReadResult.Ok(new Article(id, a.text(), a.title(), a.published(), a.source(),
        a.url() == null ? url : a.url()), ok.warnings());
  }

  private static String firstNonBlank(String a, String b, String c) {
    return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : c;
  }
}
