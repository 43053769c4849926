package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Layer;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Token;

/**
 * Finds and resolves the places an article names: the longest run of 1-5 tokens (hyphenated names
 * and "al-" variants included) that the countries table or the gazetteer knows, whatever type
 * CoreNLP gave it, minus common words, person names and words inside organisation names (see {@link
 * NameFilter}); then each name is resolved among its candidates by {@link PlaceResolver}. Stateless
 * and thread-safe.
 */
public final class GazetteerPlaceFinder {
  private static final int MAX_WORDS = 5;
  private static final int MAX_TOKENS = 9;
  private static final Set<Layer> REQUIRES =
      EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.DEPENDENCIES);
  private static final String COMMON_WORDS = "/org/sitrep/geo/common-words.txt";

  private final Gazetteer gazetteer;
  private final Countries countries;
  private final NameFilter filter;

  public GazetteerPlaceFinder() {
    this(Gazetteer.shared(), Countries.shared());
  }

  public GazetteerPlaceFinder(Gazetteer gazetteer, Countries countries) {
    this.gazetteer = gazetteer;
    this.countries = countries;
    this.filter = new NameFilter(loadWords(COMMON_WORDS), gazetteer);
  }

  /** The place mentions of the analysis (needs tokens, POS, NER and dependencies), sorted by span. */
  public List<PlaceMention> find(Analysis analysis) {
    for (Layer needed : REQUIRES) {
      if (!analysis.has(needed)) {
        throw new IllegalArgumentException("GazetteerPlaceFinder needs layer " + needed + " in article "
            + analysis.article().id());
      }
    }
    NameFilter.Context context = filter.context(analysis);
    List<NameMatch> matches = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      int i = s.firstToken();
      while (i < s.endToken()) {
        List<NameMatch> found = longestAt(analysis, context, s, i);
        matches.addAll(found);
        i = found.isEmpty() ? i + 1 : found.get(0).end();
      }
    }
    Country outlet = countries.ofOutlet(analysis.article().source()).orElse(null);
    PlaceResolver resolver = new PlaceResolver(matches, outlet, containers(analysis, matches), countries,
        gazetteer);
    List<PlaceMention> out = new ArrayList<>();
    for (NameMatch m : matches) {
      PlaceMention mention = toMention(analysis, m, resolver);
      if (mention != null && (mention.place() == null || resolver.plausible(m, mention.place()))) {
        out.add(mention);
      }
    }
    out.sort(Comparator.comparing(PlaceMention::span));
    return out;
  }

  /**
   * For each place name, the names after it in the same sentence that contain it by the text's
   * chain ("Tonala, Chiapas", "Sherpur upazila (Bogra, Rajshahi)"): each gap from one to the next
   * is a {@link LocativeCues#chainGap}.
   */
  private static java.util.Map<NameMatch, List<NameMatch>> containers(Analysis a, List<NameMatch> matches) {
    java.util.Map<NameMatch, List<NameMatch>> out = new java.util.IdentityHashMap<>();
    for (int i = 0; i < matches.size(); i++) {
      NameMatch inner = matches.get(i);
      Sentence s = a.sentenceOf(inner.first());
      List<NameMatch> chain = new ArrayList<>();
      NameMatch previous = inner;
      for (int j = i + 1; j < matches.size(); j++) {
        NameMatch outer = matches.get(j);
        int from = previous.facilityEnd() > previous.end()
            ? a.tokens().get(previous.facilityEnd() - 1).span().end() : previous.span().end();
        if (outer.first() >= s.endToken() || from > outer.span().start()
            || !LocativeCues.chainGap(a.text().substring(from, outer.span().start()))) {
          break;
        }
        chain.add(outer);
        previous = outer;
      }
      if (!chain.isEmpty()) {
        out.put(inner, chain);
      }
    }
    return out;
  }

  private List<NameMatch> longestAt(Analysis a, NameFilter.Context context, Sentence s, int first) {
    for (int end = Math.min(s.endToken(), first + MAX_TOKENS); end > first; end--) {
      if (!filter.shapeOk(a, first, end, MAX_WORDS)) {
        continue;
      }
      Span span = a.span(first, end);
      NameMatch m = match(a, context, first, end, span, a.text(span));
      if (m != null) {
        return List.of(m);
      }
    }
    return hyphenParts(a, context, first);
  }

  /**
   * "US-led", "Aleppo-based", "Syrian-Turkish": names inside one hyphenated token. A token with a
   * lower-case part between capitalised ones is one name of its own ("Port-au-Prince"): no parts.
   */
  private List<NameMatch> hyphenParts(Analysis a, NameFilter.Context context, int index) {
    Token t = a.tokens().get(index);
    if (t.word().indexOf('-') <= 0 || !t.isCapitalized() || !t.word().equals(a.text(t.span()))
        || t.word().matches(".*-\\p{Ll}[^-]*-\\p{Lu}.*")) {
      return List.of();
    }
    List<NameMatch> out = new ArrayList<>();
    int offset = 0;
    for (String part : t.word().split("-")) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && part.length() >= 2) {
        Span span = new Span(t.span().start() + offset, t.span().start() + offset + part.length());
        NameMatch m = match(a, context, index, index + 1, span, part);
        if (m != null && !filter.isCommonWord(part)) {
          int next = offset + part.length() + 1;
          boolean compound = next < t.word().length() && Character.isLowerCase(t.word().charAt(next));
          out.add(compound && !m.isPlace() ? m.asAttributive() : m); // "US-led", "Saudi-backed"
        }
      }
      offset += part.length() + 1;
    }
    return out;
  }

  private NameMatch match(Analysis a, NameFilter.Context context, int first, int end, Span span, String text) {
    if (filter.isPersonName(a, context, first, end)) {
      return null;
    }
    int facilityEnd = LocativeCues.facilityEnd(a, end);
    int routeEnd = LocativeCues.routeEnd(a, first, end, this::placeWord);
    facilityEnd = Math.max(facilityEnd, routeEnd);
    boolean inName = filter.insideOrganisation(a, first, end, facilityEnd);
    boolean location = filter.taggedAs(a, first, end, "LOCATION");
    boolean person = filter.taggedAs(a, first, end, "PERSON");
    Optional<Country> country = countries.byName(text);
    if (country.isPresent() && filter.countryShapeOk(text)) {
      boolean modifier = span.equals(a.span(first, end))
          && (filter.modifiesNoun(a, first, end) || filter.beforeHyphenCompound(a, end));
      return new NameMatch(first, end, span, text, PlaceMention.Kind.COUNTRY, country.get(), List.of(), -1, inName,
          location, person, modifier, Set.of());
    }
    Optional<Country> demonym = end - first <= 3 ? countries.byDemonym(text) : Optional.empty();
    if (demonym.isPresent() && filter.countryShapeOk(text)) {
      boolean modifier = span.equals(a.span(first, end))
          && (filter.beforeHyphenCompound(a, end) || filter.beforeForeignerNoun(a, end));
      return new NameMatch(first, end, span, text, PlaceMention.Kind.DEMONYM, demonym.get(), List.of(), -1, inName,
          location, person, modifier, Set.of());
    }
    if (inName) {
      return insideName(a, first, end, span, text, location, person);
    }
    if (LocativeCues.streetAfter(a, end)) {
      return null; // "Moi Avenue", "Kenyatta Street": a street named after a person or town is no town
    }
    if (!filter.settlementOk(a, context, first, end, text, facilityEnd > 0)) {
      return facilityEnd > 0 && namedFacility(a, end) ? insideName(a, first, end, span, text, location, person)
          : null;
    }
    if (routeEnd < 0 && span.length() == a.span(first, end).length()
        && filter.partOfUnknownName(a, first, end, this::known)) {
      return null;
    }
    if (end - first == 1 && LocativeCues.isFeatureWord(text) && first > a.sentenceOf(first).firstToken()
        && a.tokens().get(first - 1).isCapitalized()) {
      return null; // "the Tana River Delta" is no Nigerian state Delta
    }
    List<Place> places = gazetteer.lookup(text);
    if (places.isEmpty()) {
      return null;
    }
    PlaceMention.Kind kind = LocativeCues.isAdmin1(a, first, end) ? PlaceMention.Kind.ADMIN1
        : LocativeCues.isAdmin2(a, first, end) ? PlaceMention.Kind.ADMIN2 : PlaceMention.Kind.SETTLEMENT;
    return new NameMatch(first, end, span, text, kind, null, places, facilityEnd, false, location, person, false,
        articleOnly(a, first, text, places));
  }

  /**
   * A settlement named inside an organisation's name ("Nyeri National Polytechnic", "the University
   * of Nairobi"): not a site, but a hint of the area when the article names none (see {@link
   * PlaceMention#insideName()}). Only whole capitalised names that are not common words.
   */
  private NameMatch insideName(Analysis a, int first, int end, Span span, String text, boolean location,
      boolean person) {
    if (!span.equals(a.span(first, end)) || !a.tokens().get(first).isCapitalized() || filter.isCommonWord(text)
        || Gazetteer.key(text).length() < 3) {
      return null;
    }
    List<Place> places = gazetteer.lookup(text);
    return places.isEmpty() ? null : new NameMatch(first, end, span, text, PlaceMention.Kind.SETTLEMENT, null, places,
        -1, true, location, person, false, Set.of());
  }

  /**
   * The candidates that bear the name only without the leading article the text gives it ("El
   * Wak", "el Mina"): a place whose own name has no article ("Wewak", "Minna") is matched through
   * the folding, not through its name.
   */
  private static Set<Place> articleOnly(Analysis a, int first, String text, List<Place> places) {
    Sentence s = a.sentenceOf(first);
    boolean before = first > s.firstToken() && NameKey.isArticle(a.tokens().get(first - 1).word());
    if (!before && !NameKey.startsWithArticle(text)) {
      return Set.of();
    }
    Set<Place> out = new HashSet<>();
    for (Place p : places) {
      if (!NameKey.startsWithArticle(p.name())) {
        out.add(p);
      }
    }
    return out;
  }

  private PlaceMention toMention(Analysis a, NameMatch m, PlaceResolver resolver) {
    boolean hasFacility = m.facilityEnd() > 0;
    Span facilitySpan = hasFacility ? a.span(m.end(), m.facilityEnd()) : null;
    String facility = hasFacility ? a.text(facilitySpan) : null;
    String preposition = LocativeCues.preposition(a, m.first(), hasFacility ? m.facilityEnd() : m.end());
    if (!m.isPlace()) {
      double score = m.insideName() ? PlaceMention.IN_NAME_SCORE
          : m.kind() == PlaceMention.Kind.COUNTRY ? 0.9 : 0.7;
      return new PlaceMention(m.span(), m.text(), m.kind(), null, m.country(), null, null, preposition, score,
          m.attributive());
    }
    Place place = resolver.choose(m);
    if (place == null) {
      return null;
    }
    Country country = countries.byCode(place.countryCode()).orElse(null);
    double score = m.insideName() ? PlaceMention.IN_NAME_SCORE : resolver.confidence(m, place);
    return new PlaceMention(m.span(), m.text(), kind(m, place), place, country, facilitySpan, facility, preposition,
        score, false);
  }

  /**
   * The unit the mention stands for: the chosen unit's level, or the level the text names ("X
   * district"), except that a seat named as a unit after its own province ("Mandera county", "Idlib
   * governorate") stands for that province, never for something finer.
   */
  private PlaceMention.Kind kind(NameMatch m, Place place) {
    if (place.isAdmin1Unit()) {
      return PlaceMention.Kind.ADMIN1;
    }
    if (place.isAdmin2Unit()) {
      return PlaceMention.Kind.ADMIN2;
    }
    String province = gazetteer.admin1Name(place.countryCode(), place.admin1Code());
    if (m.kind() == PlaceMention.Kind.ADMIN2 && province != null
        && Gazetteer.key(province).equals(Gazetteer.key(m.text()))) {
      return PlaceMention.Kind.ADMIN1;
    }
    return m.kind();
  }

  /**
   * A word the countries table knows, also as a possessive whose apostrophe the text dropped
   * ("northern Kenyas Isiolo County"); an admin noun ("Gazipur Sadar", "Jessore District"), a
   * facility's ("Nyeri Prison", "Kisumu Airport") or a natural feature's ("the Tana River Delta").
   */
  private boolean known(String word) {
    return countries.find(word).isPresent() || LocativeCues.isAdminNoun(word) || LocativeCues.isFacilityWord(word)
        || LocativeCues.isFeatureWord(word)
        || word.length() > 4 && word.endsWith("s") && countries.find(word.substring(0, word.length() - 1)).isPresent();
  }

  /** A capitalised word the gazetteer knows: the other end of a route ("the Nakuru-Eldoret highway"). */
  private boolean placeWord(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !filter.isCommonWord(word)
        && !gazetteer.lookup(word).isEmpty();
  }

  /**
   * A facility written as a proper name, capitalised ("Garissa University students", "Nyeri Prison
   * warders"): a place the text does not vouch for as the site is still a hint of the area.
   */
  private static boolean namedFacility(Analysis a, int end) {
    return a.tokens().get(end).isCapitalized() && a.tokens().get(end - 1).isCapitalized();
  }

  static Set<String> loadWords(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = GazetteerPlaceFinder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String w = line.strip().toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }

  static boolean isEntity(Entity e, int first, int end, String type) {
    return e.type().equals(type) && e.firstToken() <= first && end <= e.endToken();
  }
}
