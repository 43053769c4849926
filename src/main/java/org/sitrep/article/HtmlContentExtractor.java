package org.sitrep.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Finds an HTML page's title and article body. Boilerplate goes first (navigation, header, footer,
 * asides, scripts, styles, forms, comments, and anything whose class or id says share, related,
 * cookie, newsletter...). The body is then the page's {@code articleBody} or its {@code <article>}
 * with most paragraph text, else the element with the highest paragraph text density (each
 * {@code <p>} scores its parent fully and its grandparent by half, discounted by link density, as
 * Readability does). Paragraphs are separated by blank lines.
 */
final class HtmlContentExtractor {
  record Extracted(String title, String text, LocalDate published, String source, String url) {}

  private static final String NOISE_TAGS = "script, style, noscript, template, iframe, object, embed, "
      + "svg, canvas, nav, header, footer, aside, form, button, input, select, textarea, dialog, "
      + "figure, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
      + "[role=complementary], [role=search]";
  private static final Pattern NOISE_NAME = Pattern.compile("(?i)(?:^|[-_\\s])(?:share|sharing|"
      + "social|related|recommended|cookies?|consent|gdpr|newsletter|subscribe|subscription|promo|"
      + "advert|advertisement|ads?|sponsored|banner|sidebar|comments?|breadcrumbs?|popup|modal|"
      + "navbar|menu|masthead|tags|more-stories|read-more|outbrain|taboola|paywall)(?:[-_\\s]|$)");
  private static final Pattern NOISE_LINE = Pattern.compile("(?i)(advertisement|share( this)?( article)?"
      + "|read more|related( articles| stories)?:?|skip to (main )?content|sign up.*newsletter.*)");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1",
      "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th",
      "dl", "dt", "dd", "figcaption", "address", "hr");

  private HtmlContentExtractor() {}

  static Extracted extract(Document doc) {
    String title = title(doc);
    LocalDate published = published(doc);
    String source = blankToNull(meta(doc, "og:site_name"));
    String url = blankToNull(doc.select("link[rel=canonical]").attr("href"));
    if (url == null) {
      url = blankToNull(meta(doc, "og:url"));
    }
    removeNoise(doc);
    Element root = contentRoot(doc);
    String text = paragraphs(root);
    if (title != null && (text.equals(title) || text.startsWith(title + "\n\n"))) {
      text = text.substring(Math.min(text.length(), title.length() + 2)); // the headline is the title
    }
    return new Extracted(title, text, published, source, url);
  }

  /**
   * The headline: an {@code <h1>} in the article, else an {@code <h1>} that the page title repeats
   * ("Headline - Outlet"), else {@code og:title}, else {@code <title>}, else the first {@code <h1>}.
   */
  private static String title(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1, [itemprop=headline]");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    String og = meta(doc, "og:title").strip();
    String page = doc.title().strip();
    String named = (og + "\n" + page).toLowerCase(Locale.ROOT);
    for (Element h : doc.select("h1")) {
      String text = h.text().strip();
      if (!text.isEmpty() && named.contains(text.toLowerCase(Locale.ROOT))) {
        return text;
      }
    }
    Element any = doc.selectFirst("h1");
    String fallback = !og.isEmpty() ? og : !page.isEmpty() ? page : any == null ? "" : any.text();
    return blankToNull(fallback);
  }

  private static LocalDate published(Document doc) {
    List<String> candidates = new ArrayList<>();
    for (String name : List.of("article:published_time", "og:published_time", "datePublished",
        "date", "pubdate", "publish-date", "dc.date", "DC.date.issued", "sailthru.date")) {
      candidates.add(meta(doc, name));
    }
    doc.select("[itemprop=datePublished]").forEach(e -> candidates.add(
        e.hasAttr("content") ? e.attr("content") : e.attr("datetime")));
    doc.select("article time[datetime], time[pubdate]").forEach(e -> candidates.add(e.attr("datetime")));
    return candidates.stream().map(IsoDates::parse).flatMap(java.util.Optional::stream).findFirst()
        .orElse(null);
  }

  private static String meta(Document doc, String name) {
    String quoted = "\"" + name + "\"]";
    Element e = doc.selectFirst("meta[property=" + quoted + ", meta[name=" + quoted + ", meta[itemprop=" + quoted);
    return e == null ? "" : e.attr("content");
  }

  private static void removeNoise(Document doc) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Comment) {
        comments.add(node);
      }
    }, doc);
    comments.forEach(Node::remove);
    doc.select(NOISE_TAGS).remove();
    int total = paragraphText(doc.body());
    for (Element e : doc.body().select("*")) {
      if (e.parent() == null || e.tagName().matches("article|main|body")) {
        continue;
      }
      String name = e.id() + " " + e.className();
      if (NOISE_NAME.matcher(name).find() && paragraphText(e) * 2 < Math.max(total, 1)) {
        e.remove();
      }
    }
  }

  private static Element contentRoot(Document doc) {
    Element body = doc.select("[itemprop=articleBody]").first();
    if (body != null && paragraphText(body) > 0) {
      return body;
    }
    Element best = null;
    for (Element article : doc.select("article")) {
      if (best == null || paragraphText(article) > paragraphText(best)) {
        best = article;
      }
    }
    // An <article> holding a third of the page's paragraph text is the story, not a teaser card.
    if (best != null && !best.text().isBlank() && paragraphText(best) * 3 >= paragraphText(doc.body())) {
      return best;
    }
    return densest(doc).orElse(best != null ? best : doc.body());
  }

  private static java.util.Optional<Element> densest(Document doc) {
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element p : doc.body().select("p, pre")) {
      int length = p.text().length();
      if (length < 25) {
        continue;
      }
      double score = length;
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static double linkDensity(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 1;
    }
    int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return Math.min(1, links / (double) length);
  }

  private static int paragraphText(Element e) {
    Elements ps = e.select("p");
    return ps.isEmpty() ? e.text().length() / 4 : ps.stream().mapToInt(p -> p.text().length()).sum();
  }

  /** The text of {@code root}, one paragraph per block element, paragraphs joined by blank lines. */
  static String paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          current.append(t.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " "));
        } else if (node instanceof Element e && e.tagName().equals("br")) {
          current.append('\n');
        } else if (node instanceof Element e && e.tagName().equals("pre")) {
          flush(current, out);
          String pre = e.wholeText().replaceAll("^[\\r\\n]+|\\s+$", "");
          if (!pre.isBlank()) {
            out.add(pre);
          }
          return FilterResult.SKIP_CHILDREN;
        } else if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
          flush(current, out);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
          flush(current, out);
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    flush(current, out);
    return String.join("\n\n", out);
  }

  private static void flush(StringBuilder current, List<String> out) {
    String paragraph = current.toString().replaceAll(" *\n *", "\n").replaceAll(" {2,}", " ").strip();
    current.setLength(0);
    if (!paragraph.isEmpty() && !NOISE_LINE.matcher(paragraph).matches()) {
      out.add(paragraph);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
