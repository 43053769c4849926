package org.sitrep.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.sitrep.output.Json;

/**
 * Short synthetic news records for store tests at scale: a few hundred underlying happenings
 * (place, day, kind, toll), each reported by one to several outlets in their own words, days
 * apart, with differing tolls and claimants. Seeded, so the same arguments give the same JSONL.
 */
final class SyntheticNews {
  private static final String[] PLACES = {"Aleppo", "Homs", "Idlib", "Hama", "Mosul", "Kirkuk", "Fallujah", "Kabul",
      "Kandahar", "Herat", "Sanaa", "Aden", "Taiz", "Benghazi", "Misrata", "Mogadishu", "Kismayo", "Goma", "Bunia",
      "Maiduguri", "Gao", "Timbuktu", "Khartoum", "Nyala"};
  private static final String[] OUTLETS = {"Wire One", "Daily Courier", "Radio Horizon", "Evening Post",
      "Frontier Times", "Morning Star Review", "Coastal Herald", "Capital Gazette"};
  private static final String[] CLAIMANTS = {"police said", "local officials said", "a hospital director said",
      "witnesses said", "the health ministry said", "a monitoring group said"};
  private static final String[] KINDS = {"strike", "attack", "shelling", "protest", "flood"};

  private SyntheticNews() {}

  record Happening(String place, LocalDate day, String kind, int toll) {}

  static List<String> records(int count, long seed) {
    Random r = new Random(seed);
    List<Happening> happenings = new ArrayList<>();
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < count / 3; i++) {
      happenings.add(new Happening(PLACES[r.nextInt(PLACES.length)], start.plusDays(r.nextInt(120)),
          KINDS[r.nextInt(KINDS.length)], 2 + r.nextInt(40)));
    }
    List<String> out = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    for (int i = 0; i < count; i++) {
      Happening h = happenings.get(r.nextInt(happenings.size()));
      String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
      LocalDate published = h.day().plusDays(r.nextInt(3));
      int toll = h.toll() + r.nextInt(5);
      String claimant = CLAIMANTS[r.nextInt(CLAIMANTS.length)];
      boolean near = r.nextBoolean();
      String text = sentence(h, toll, claimant, near);
      while (!texts.add(text)) { // every article is its own report: no two texts alike
        text = sentence(h, ++toll, claimant, near);
      }
      String id = "syn-" + i;
      out.add(Json.line(new Record(id, text, h.place() + " report", published.toString(), outlet,
          "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + id)));
    }
    return out;
  }

  record Record(String id, String text, String title, String published, String source, String url) {}

  private static String sentence(Happening h, int toll, String claimant, boolean near) {
    String day = "on " + h.day().getDayOfMonth() + " " + h.day().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String at = (near ? "near " : "in ") + h.place();
    return switch (h.kind()) {
      case "strike" -> "Warplanes struck a market " + at + " " + day + ", killing " + toll + " people, " + claimant
          + ".";
      case "attack" -> "Gunmen attacked a village " + at + " " + day + " and killed " + toll + " civilians, "
          + claimant + ".";
      case "shelling" -> "Artillery shells hit homes " + at + " " + day + ", killing " + toll + " residents, "
          + claimant + ".";
      case "protest" -> "About " + toll * 100 + " people protested " + at + " " + day + " against rising bread prices, "
          + claimant + ".";
      default -> "Floods swept through homes " + at + " " + day + ", killing " + toll + " people, " + claimant + ".";
    };
  }

  static Path write(Path file, int count, long seed) throws IOException {
    Files.write(file, records(count, seed), StandardCharsets.UTF_8);
    return file;
  }

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
  }
}
