package org.sitrep.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Decides whether a run of tokens may be a place name: its shape (capitalised, with lower-case
 * connectors such as "al", "ez-", "of" inside), and the false positives to refuse: common words at
 * the start of a sentence or in a headline, months and weekdays, person names and words inside an
 * organisation's name.
 */
final class NameFilter {
  private static final Set<String> CONNECTORS = Set.of("al", "el", "ez", "az", "ad", "ed", "as", "es", "ash", "at",
      "ar", "an", "ul", "de", "del", "da", "das", "do", "dos", "di", "du", "des", "la", "le", "los", "las", "y", "van",
      "der", "den", "of", "on", "upon", "sur",
      "au", "aux",
      "am", "im", "bin", "ibn", "bani", "and", "-", "'s", "’s");
  private static final Set<String> LIST_MARKS = Set.of(",", "(", "-LRB-");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");
  /** Prepositions before which a country is the place itself: "in the US today". */
  private static final Set<String> SITE_PREPOSITIONS = Set.of("in", "at", "inside", "within", "across", "throughout",
      "near");
  private static final Set<String> NOT_PLACE_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY",
      "PERCENT", "SET", "EMAIL", "URL");
  private static final Set<String> TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president",
      "minister", "general", "gen", "gen.", "colonel", "col", "col.", "major", "maj.", "captain", "capt.", "lt.",
      "lieutenant", "sergeant", "sgt.", "prof.", "professor", "sheikh", "imam", "king", "queen", "prince", "princess",
      "emir", "sir", "lord", "lady", "senator", "sen.", "rep.", "governor", "gov.", "mayor", "commander", "spokesman",
      "spokeswoman", "spokesperson", "secretary", "ambassador", "envoy", "judge", "pope", "saint", "st.",
      "brigadier", "marshal", "admiral", "premier", "chancellor");
  private static final Set<String> SPEECH_LEMMAS = Set.of("say", "tell", "add", "state", "announce", "claim", "write",
      "explain", "insist", "deny", "warn", "confirm", "report", "note", "argue", "accuse", "urge");

  private final Set<String> commonWords;
  private final Gazetteer gazetteer;

  NameFilter(Set<String> commonWords, Gazetteer gazetteer) {
    this.commonWords = commonWords;
    this.gazetteer = gazetteer;
  }

  /** Per-article facts the filters use: parts of multi-word person names, headline sentences. */
  record Context(Set<String> personParts, Set<Integer> headlines) {}

  Context context(Analysis a) {
    Set<String> parts = new HashSet<>();
    for (Entity e : a.entities()) {
      if (e.type().equals("PERSON") && e.endToken() - e.firstToken() > 1
          && !gazetteer.contains(e.text()) && !endsWithAdminNoun(a, e)) {
        parts.add(lower(a.tokens().get(e.endToken() - 1)));
      }
    }
    Set<Integer> headlines = new HashSet<>();
    for (Sentence s : a.sentences()) {
      if (isHeadline(a.tokens(s))) {
        headlines.add(s.index());
      }
    }
    return new Context(parts, headlines);
  }

  boolean isCommonWord(String word) {
    return commonWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Capitalised first and last token, connectors or capitalised words between, at most {@code
   * maxWords} words (hyphens apart), no dates or numbers.
   */
  boolean shapeOk(Analysis a, int first, int end, int maxWords) {
    if (DETERMINERS.contains(lower(a.tokens().get(first)))) {
      return false;
    }
    long words = a.tokens().subList(first, end).stream().filter(t -> !t.word().equals("-")).count();
    if (words > maxWords) {
      return false;
    }
    for (int i = first; i < end; i++) {
      Token t = a.tokens().get(i);
      boolean edge = i == first || i == end - 1;
      boolean name = isNameWord(t.word());
      if (NOT_PLACE_NER.contains(t.ner()) || !(name || (!edge && CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT))))) {
        return false;
      }
    }
    return true;
  }

  /** "Aleppo", "ez-Zor", "al-Bab", "Ma'arrat": upper case after an optional article prefix. */
  private static boolean isNameWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    if (Character.isUpperCase(w.charAt(0))) {
      return w.chars().anyMatch(Character::isLetter);
    }
    int dash = w.indexOf('-');
    return dash > 0 && dash <= 3 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
        && CONNECTORS.contains(w.substring(0, dash).toLowerCase(Locale.ROOT));
  }

  /** Country names need a capital; short ones ("US", "UK", "DRC") must be all capitals. */
  boolean countryShapeOk(String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    String letters = text.replaceAll("[^\\p{L}]", "");
    return letters.length() > 3 || letters.equals(letters.toUpperCase(Locale.ROOT)) || letters.equals("BiH");
  }

  /** Inside a longer person name, or a person's name by its title or a speech verb after it. */
  boolean isPersonName(Analysis a, Context c, int first, int end) {
    for (Entity e : a.entities()) {
      if (GazetteerPlaceFinder.isEntity(e, first, end, "PERSON") && e.endToken() - e.firstToken() > end - first
          && !endsWithAdminNoun(a, e)) {
        return true;
      }
    }
    Sentence s = a.sentenceOf(first);
    boolean titled = first > s.firstToken() && TITLES.contains(lower(a.tokens().get(first - 1)));
    boolean speaks = end < s.endToken() && SPEECH_LEMMAS.contains(lemma(a.tokens().get(end)))
        && a.tokens().get(end).pos().startsWith("VB"); // "Trujillo said", not "Trujillo state"
    boolean surname = end - first == 1 && c.personParts().contains(lower(a.tokens().get(first)));
    if (allTagged(a, first, end, "PERSON")) {
      return titled || speaks || surname;
    }
    return surname && (titled || speaks || !taggedAs(a, first, end, "LOCATION"));
  }

  /**
   * A country name used as a modifier of the common noun or adjective after it ("the US dollar",
   * "US forces", "the US anti-terror drive"): not after a locative preposition ("in the US today"),
   * not before a time word.
   */
  boolean modifiesNoun(Analysis a, int first, int end) {
    Sentence s = a.sentenceOf(first);
    if (end >= s.endToken()) {
      return false;
    }
    Token next = a.tokens().get(end);
    boolean noun = ("NN".equals(next.pos()) || "NNS".equals(next.pos()) || "JJ".equals(next.pos()))
        && !next.isCapitalized() && !NOT_PLACE_NER.contains(next.ner());
    int before = first - 1;
    while (before > s.firstToken() && DETERMINERS.contains(lower(a.tokens().get(before)))) {
      before--;
    }
    boolean locative = before >= s.firstToken() && before < first
        && SITE_PREPOSITIONS.contains(lower(a.tokens().get(before)));
    return noun && !locative;
  }

  /** People and bodies abroad: a demonym before them names where they come from, not where they are. */
  private static final Set<String> FOREIGNERS = Set.of("tourist", "refugee", "national", "expatriate", "expat",
      "diplomat", "embassy", "ambassador", "envoy", "consulate", "consul", "migrant", "missionary", "nun", "priest",
      "pilgrim", "asylum", "visitor", "traveller", "traveler", "hostage", "passport", "citizen");

  /**
   * Whether a demonym ends before a noun of people or bodies abroad ("a German tourist", "two
   * Italian nuns", "the Egyptian Embassy in Nairobi", "Somali refugees"), which says nothing of
   * where the event happened.
   */
  boolean beforeForeignerNoun(Analysis a, int end) {
    Sentence s = a.sentenceOf(end - 1);
    if (end >= s.endToken()) {
      return false;
    }
    Token next = a.tokens().get(end);
    String lemma = (next.lemma() == null ? next.word() : next.lemma()).toLowerCase(Locale.ROOT);
    return FOREIGNERS.contains(lemma) || FOREIGNERS.contains(next.word().toLowerCase(Locale.ROOT).replaceFirst("s$", ""));
  }

  /** "US-led", "Saudi-backed" written as three tokens: the name, a dash without spaces, a lower-case word. */
  boolean beforeHyphenCompound(Analysis a, int end) {
    Sentence s = a.sentenceOf(end - 1);
    if (end + 1 >= s.endToken() || !a.tokens().get(end).word().equals("-")) {
      return false;
    }
    Token dash = a.tokens().get(end);
    Token next = a.tokens().get(end + 1);
    return dash.span().start() == a.tokens().get(end - 1).span().end() && next.span().start() == dash.span().end()
        && !next.word().isEmpty() && Character.isLowerCase(next.word().charAt(0));
  }

  /** "Madaripur Sadar", "Bogra District": CoreNLP's person is a unit's name. */
  private static boolean endsWithAdminNoun(Analysis a, Entity e) {
    return LocativeCues.isAdminNoun(a.tokens().get(e.endToken() - 1).word());
  }

  /**
   * Part of a longer organisation or MISC name ("Syrian Observatory for Human Rights"): the entity
   * has a capitalised word besides the match and its facility noun. "US-led" is not a name.
   */
  boolean insideOrganisation(Analysis a, int first, int end, int facilityEnd) {
    for (Entity e : a.entities()) {
      boolean named = GazetteerPlaceFinder.isEntity(e, first, end, "ORGANIZATION")
          || GazetteerPlaceFinder.isEntity(e, first, end, "MISC");
      if (named && hasOtherNameWord(a, e, first, Math.max(end, facilityEnd))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOtherNameWord(Analysis a, Entity e, int first, int end) {
    for (int i = e.firstToken(); i < e.endToken(); i++) {
      if ((i < first || i >= end) && a.tokens().get(i).isCapitalized()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses common words out of place, acronyms, and one-word names that CoreNLP does not see as a
   * location or person unless a locative preposition or a facility noun vouches for them; one that
   * CoreNLP takes for an organisation needs a facility noun too, or a place of the list it follows
   * ("in San Antonio (Valparaiso)").
   */
  boolean settlementOk(Analysis a, Context c, int first, int end, String text, boolean facility) {
    if (Gazetteer.key(text).length() < 3) {
      return false;
    }
    List<Token> tokens = a.tokens().subList(first, end);
    Sentence s = a.sentenceOf(first);
    boolean location = taggedAs(a, first, end, "LOCATION");
    boolean initial = first == s.firstToken();
    boolean headline = c.headlines().contains(s.index());
    String before = initial ? "" : lower(a.tokens().get(first - 1));
    boolean listed = listedAfterLocative(a, first);
    boolean locative = LocativeCues.isLocative(before) || listed;
    boolean allCommon = tokens.stream().allMatch(t -> isCommonWord(t.word()) || CONNECTORS.contains(lower(t)));
    if (allCommon) {
      return location && locative && !headline;
    }
    if (tokens.size() > 1) {
      return true;
    }
    Token t = tokens.get(0);
    if (t.word().length() <= 4 && t.word().equals(t.word().toUpperCase(Locale.ROOT))) {
      return false;
    }
    return switch (t.ner()) {
      case "LOCATION", "PERSON" -> true;
      case "ORGANIZATION", "MISC" -> facility && locative || listed; // "in San Antonio (Valparaiso)"
      default -> !initial && !headline && t.pos().startsWith("NNP") && (locative || facility);
    };
  }

  /**
   * A name listed after a place that a locative preposition introduces: "in Nyalenda, Kisumu", "at
   * Ghatail town (Tangail, Dhaka)". Walks back over names, connectors, unit nouns and list
   * punctuation to the preposition.
   */
  private static boolean listedAfterLocative(Analysis a, int first) {
    Sentence s = a.sentenceOf(first);
    if (first - 1 <= s.firstToken() || !LIST_MARKS.contains(a.tokens().get(first - 1).word())) {
      return false;
    }
    for (int i = first - 2, steps = 0; i >= s.firstToken() && steps < 10; i--, steps++) {
      Token t = a.tokens().get(i);
      String w = lower(t);
      if (LocativeCues.isLocative(w) && !w.equals("of")) {
        return i + 1 < first - 1 && isNameWord(a.tokens().get(i + 1).word());
      }
      boolean inChain = LIST_MARKS.contains(t.word()) || isNameWord(t.word()) || CONNECTORS.contains(w)
          || LocativeCues.isContainerNoun(w);
      if (!inChain) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the match is only part of a longer capitalised name that is not known ("Bab" of "Bab
   * al-Hawa"): a name word right before or after it (across connectors) that is not a common word,
   * facility or country word.
   */
  boolean partOfUnknownName(Analysis a, int first, int end, java.util.function.Predicate<String> known) {
    Sentence s = a.sentenceOf(first);
    int next = end;
    while (next < s.endToken() && next - end < 2 && isInnerConnector(a, a.tokens().get(next))) {
      next++;
    }
    if (next < s.endToken() && unknownNameWord(a.tokens().get(next), known)) {
      return true;
    }
    int prev = first - 1;
    while (prev > s.firstToken() && first - prev < 3 && isInnerConnector(a, a.tokens().get(prev))) {
      prev--;
    }
    return prev > s.firstToken() && prev < first && unknownNameWord(a.tokens().get(prev), known);
  }

  /** A connector inside a name ("Bab al-Hawa"); a dash with spaces around it separates ("Dhaka - Uttara"). */
  private static boolean isInnerConnector(Analysis a, Token t) {
    String w = lower(t);
    if (w.equals("-")) {
      String text = a.text();
      int start = t.span().start();
      int end = t.span().end();
      boolean spaced = start > 0 && end < text.length() && Character.isWhitespace(text.charAt(start - 1))
          && Character.isWhitespace(text.charAt(end));
      return !spaced;
    }
    return CONNECTORS.contains(w) && !w.equals("and") && !w.equals("of") && !w.endsWith("s");
  }

  private boolean unknownNameWord(Token t, java.util.function.Predicate<String> known) {
    return isNameWord(t.word()) && !isCommonWord(t.word()) && !TITLES.contains(lower(t))
        && !NOT_PLACE_NER.contains(t.ner()) && !known.test(t.word());
  }

  boolean taggedAs(Analysis a, int first, int end, String type) {
    for (int i = first; i < end; i++) {
      if (a.tokens().get(i).ner().equals(type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allTagged(Analysis a, int first, int end, String type) {
    for (int i = first; i < end; i++) {
      if (!a.tokens().get(i).ner().equals(type)) {
        return false;
      }
    }
    return true;
  }

  private boolean isHeadline(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (t.word().chars().allMatch(Character::isLetter) && !CONNECTORS.contains(lower(t))
          && !(t.word().length() <= 3 && t.word().equals(lower(t)))) {
        words++;
        capitalised += t.isCapitalized() ? 1 : 0;
      }
    }
    return words >= 4 && capitalised * 10 >= words * 7;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static String lemma(Token t) {
    return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
  }
}
