package org.sitrep.geo;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds {@code gazetteer.idx} from GeoNames {@code cities500.txt} and, when given, the admin1 and
 * admin2 names of {@code admin1.json} and {@code admin2.json} (see {@link IndexFormat}, {@link
 * AdminUnits}). Run at build time: {@code GazetteerIndexBuilder <cities500.txt> [admin1.json
 * [admin2.json]] <gazetteer.idx>}. Does nothing when the output is newer than the inputs and has the
 * current format version. Deterministic: the same input gives the same bytes.
 */
public final class GazetteerIndexBuilder {
  record Row(int id, String name, int lat, int lon, String cc, String admin1, String admin2, String feature,
      int population, List<String> keys) {}

  /**
   * Settlements, then admin1 units, then admin2 units (a unit's population is its towns' sum), each
   * most populous first.
   */
  private static final Comparator<Row> ORDER = Comparator.comparingInt((Row w) -> unitRank(w.feature))
      .thenComparingInt(w -> -w.population).thenComparingInt(w -> featureRank(w.feature))
      .thenComparingInt(w -> w.id);

  private GazetteerIndexBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 4) {
      throw new IllegalArgumentException(
          "usage: GazetteerIndexBuilder <cities500.txt> [admin1.json [admin2.json]] <gazetteer.idx>");
    }
    Path in = Path.of(args[0]);
    Path admin1 = args.length >= 3 ? Path.of(args[1]) : null;
    Path admin2 = args.length == 4 ? Path.of(args[2]) : null;
    Path out = Path.of(args[args.length - 1]);
    if (upToDate(in, out) && (admin1 == null || upToDate(admin1, out)) && (admin2 == null || upToDate(admin2, out))) {
      return;
    }
    long t0 = System.nanoTime();
    List<Row> rows = read(in);
    Map<String, String> units1 = AdminUnits.readNames(admin1);
    Map<String, String> admin1Names = AdminUnits.displayNames(units1, rows);
    List<Row> adm1 = AdminUnits.rows(AdminUnits.Level.ADM1, units1, rows, List.of());
    List<Row> adm2 = AdminUnits.rows(AdminUnits.Level.ADM2, AdminUnits.readNames(admin2), rows, adm1);
    rows.addAll(adm1);
    rows.addAll(adm2);
    rows.sort(ORDER);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      write(rows, admin1Names, data);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    System.out.printf("gazetteer index: %d places, %d bytes, %d ms%n", rows.size(), Files.size(out),
        (System.nanoTime() - t0) / 1_000_000);
  }

  static boolean upToDate(Path in, Path out) throws IOException {
    if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(in)) <= 0) {
      return false;
    }
    try (DataInputStream d = new DataInputStream(Files.newInputStream(out))) {
      return d.readInt() == IndexFormat.MAGIC && d.readInt() == IndexFormat.VERSION;
    } catch (IOException e) {
      return false;
    }
  }

  static List<Row> read(Path in) throws IOException {
    List<Row> rows = new ArrayList<>(220_000);
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || f[0].isEmpty()) {
          continue;
        }
        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        rows.add(new Row(Integer.parseInt(f[0]), f[1], micro(f[4]), micro(f[5]), f[8], f[10], f[11], f[7],
            (int) Math.min(Integer.MAX_VALUE, pop), keys(f[1], f[2], f[3])));
      }
    }
    rows.sort(ORDER);
    return rows;
  }

  private static int micro(String degrees) {
    return (int) Math.round(Double.parseDouble(degrees) * 1e6);
  }

  private static int unitRank(String feature) {
    return feature.equals(AdminUnits.Level.ADM1.feature) ? 1 : feature.equals(AdminUnits.Level.ADM2.feature) ? 2 : 0;
  }

  /** PPLC before PPLA before the rest, for equal populations. */
  static int featureRank(String feature) {
    return switch (feature) {
      case "PPLC" -> 0;
      case "PPLA" -> 1;
      case "PPLA2" -> 2;
      default -> 3;
    };
  }

  /** Keys of the name, ASCII name and Latin-script alternate names; IATA-like codes are skipped. */
  static List<String> keys(String name, String ascii, String alternates) {
    List<String> names = new ArrayList<>();
    names.add(name);
    names.add(ascii);
    if (!alternates.isEmpty()) {
      for (String alt : alternates.split(",")) {
        if (!isCode(alt)) {
          names.add(alt);
        }
      }
    }
    List<String> keys = new ArrayList<>();
    for (String n : names) {
      String k = NameKey.gazetteer(n);
      if (k.length() >= 2 && isAsciiKey(k) && !keys.contains(k)) {
        keys.add(k);
      }
    }
    return keys;
  }

  private static boolean isCode(String alt) {
    if (alt.length() > 4 || alt.isEmpty()) {
      return alt.chars().allMatch(Character::isDigit);
    }
    return alt.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  static boolean isAsciiKey(String k) {
    boolean letter = false;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (!(c == ' ' || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return letter;
  }

  private static void write(List<Row> rows, Map<String, String> admin1Names, DataOutputStream out)
      throws IOException {
    int n = rows.size();
    out.writeInt(IndexFormat.MAGIC);
    out.writeInt(IndexFormat.VERSION);
    out.writeInt(n);
    for (Row r : rows) {
      out.writeInt(r.id);
    }
    for (Row r : rows) {
      out.writeInt(r.lat);
    }
    for (Row r : rows) {
      out.writeInt(r.lon);
    }
    for (Row r : rows) {
      out.writeInt(r.population);
    }
    for (Row r : rows) {
      out.writeShort(r.cc.length() == 2 ? (r.cc.charAt(0) << 8) | r.cc.charAt(1) : 0);
    }
    writeColumn(rows, out, Row::feature, true);
    writeColumn(rows, out, Row::admin1, false);
    writeNames(rows, out);
    writeAdmin1Names(admin1Names, out);
    writeKeys(rows, out);
    Integer[] byId = new Integer[n];
    for (int i = 0; i < n; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, Comparator.comparingInt(i -> rows.get(i).id));
    for (Integer i : byId) {
      out.writeInt(i);
    }
  }

  private static void writeColumn(List<Row> rows, DataOutputStream out, Function<Row, String> f,
      boolean asByte) throws IOException {
    Map<String, Integer> table = new LinkedHashMap<>();
    for (String v : rows.stream().map(f).collect(Collectors.toCollection(TreeSet::new))) {
      table.put(v, table.size());
    }
    if (asByte && table.size() > 255) {
      throw new IllegalStateException("too many feature codes: " + table.size());
    }
    out.writeInt(table.size());
    for (String v : table.keySet()) {
      out.writeUTF(v);
    }
    for (Row r : rows) {
      int index = table.get(f.apply(r));
      if (asByte) {
        out.writeByte(index);
      } else {
        out.writeInt(index);
      }
    }
  }

  private static void writeNames(List<Row> rows, DataOutputStream out) throws IOException {
    List<byte[]> names = new ArrayList<>(rows.size());
    int offset = 0;
    out.writeInt(0);
    for (Row r : rows) {
      byte[] b = r.name.getBytes(StandardCharsets.UTF_8);
      names.add(b);
      offset += b.length;
      out.writeInt(offset);
    }
    out.writeInt(offset);
    for (byte[] b : names) {
      out.write(b);
    }
  }

  private static void writeAdmin1Names(Map<String, String> names, DataOutputStream out) throws IOException {
    out.writeInt(names.size());
    for (Map.Entry<String, String> e : names.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  private static void writeKeys(List<Row> rows, DataOutputStream out) throws IOException {
    TreeMap<String, int[]> postings = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      for (String k : rows.get(i).keys) {
        int[] list = postings.computeIfAbsent(k, x -> new int[4]);
        if (list[0] + 1 == list.length) {
          list = Arrays.copyOf(list, list.length * 2);
          postings.put(k, list);
        }
        list[++list[0]] = i;
      }
    }
    out.writeInt(postings.size());
    int offset = 0;
    out.writeInt(0);
    for (String k : postings.keySet()) {
      offset += k.length();
      out.writeInt(offset);
    }
    out.writeInt(offset);
    for (String k : postings.keySet()) {
      out.writeBytes(k);
    }
    int total = 0;
    out.writeInt(0);
    for (int[] list : postings.values()) {
      total += list[0];
      out.writeInt(total);
    }
    out.writeInt(total);
    for (int[] list : postings.values()) {
      for (int j = 1; j <= list[0]; j++) {
        out.writeInt(list[j]);
      }
    }
  }
}
