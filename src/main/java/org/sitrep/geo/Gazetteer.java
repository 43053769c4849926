package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GeoNames cities500 and admin1 and admin2 units (CC BY 4.0, geonames.org) as a read-only,
 * in-memory index: names folded by {@link #key} to the places that bear them (a unit is a place of
 * feature "ADM1" or "ADM2", see {@link AdminUnits}). Loaded once from the classpath resource built by {@link
 * GazetteerIndexBuilder}; immutable and thread-safe.
 */
public final class Gazetteer {
  private static final String RESOURCE = "/org/sitrep/geo/gazetteer.idx";
  private static volatile Gazetteer shared;

  private final int[] ids;
  private final int[] lats;
  private final int[] lons;
  private final int[] populations;
  private final short[] countries;
  private final String[] features;
  private final byte[] featureOf;
  private final String[] admin1Codes;
  private final int[] admin1Of;
  private final int[] nameOffsets;
  private final byte[] names;
  private final Map<String, String> admin1Names;
  private final int[] keyOffsets;
  private final byte[] keys;
  private final int[] postingOffsets;
  private final int[] postings;
  private final int[] byId;

  private Gazetteer(ByteBuffer b) {
    if (b.getInt() != IndexFormat.MAGIC || b.getInt() != IndexFormat.VERSION) {
      throw new IllegalStateException("gazetteer.idx has an unknown format; rebuild it with GazetteerIndexBuilder");
    }
    int n = b.getInt();
    ids = ints(b, n);
    lats = ints(b, n);
    lons = ints(b, n);
    populations = ints(b, n);
    countries = new short[n];
    b.asShortBuffer().get(countries);
    b.position(b.position() + 2 * n);
    features = strings(b);
    featureOf = new byte[n];
    b.get(featureOf);
    admin1Codes = strings(b);
    admin1Of = ints(b, n);
    nameOffsets = ints(b, n + 1);
    names = bytes(b);
    int admin1Count = b.getInt();
    admin1Names = new HashMap<>(admin1Count * 2);
    for (int i = 0; i < admin1Count; i++) {
      admin1Names.put(utf(b), utf(b));
    }
    int keyCount = b.getInt();
    keyOffsets = ints(b, keyCount + 1);
    keys = bytes(b);
    postingOffsets = ints(b, keyCount + 1);
    postings = ints(b, b.getInt());
    byId = ints(b, n);
  }

  /** The process-wide gazetteer, loaded on first use (well under a second). */
  public static Gazetteer shared() {
    Gazetteer g = shared;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = shared;
        if (g == null) {
          g = load();
          shared = g;
        }
      }
    }
    return g;
  }

  /** A fresh copy of the index from the classpath, not shared (for measuring the load). */
  public static Gazetteer loadUncached() {
    return load();
  }

  private static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE
            + " (built at process-classes by GazetteerIndexBuilder)");
      }
      return new Gazetteer(ByteBuffer.wrap(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an index file (tests and tools; the product uses {@link #shared()}). */
  static Gazetteer read(java.nio.file.Path index) throws IOException {
    return new Gazetteer(ByteBuffer.wrap(java.nio.file.Files.readAllBytes(index)));
  }

  /** The lookup key of a name: see {@link NameKey#gazetteer}. */
  public static String key(String name) {
    return NameKey.gazetteer(name);
  }

  /**
   * Every place whose name, ASCII name or an alternate name has the same key: settlements most
   * populous first, then admin1 units, then admin2 units.
   */
  public List<Place> lookup(String name) {
    int k = find(key(name));
    if (k < 0) {
      return List.of();
    }
    List<Place> out = new ArrayList<>(postingOffsets[k + 1] - postingOffsets[k]);
    for (int p = postingOffsets[k]; p < postingOffsets[k + 1]; p++) {
      out.add(place(postings[p]));
    }
    return out;
  }

  /** Whether any place has this name; cheaper than {@link #lookup}. */
  public boolean contains(String name) {
    return find(key(name)) >= 0;
  }

  public Optional<Place> byId(long geonameId) {
    int lo = 0;
    int hi = byId.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int id = ids[byId[mid]];
      if (id < geonameId) {
        lo = mid + 1;
      } else if (id > geonameId) {
        hi = mid - 1;
      } else {
        return Optional.of(place(byId[mid]));
      }
    }
    return Optional.empty();
  }

  /**
   * The name of an admin1 unit without its trailing admin noun ("Samburu", "California"), or null
   * when unknown: GeoNames' admin1 name where the build had admin1.json, else the name of the unit's
   * seat (its most populous PPLA), as cities500 carries only admin1 codes.
   */
  public String admin1Name(String iso2, String admin1Code) {
    return admin1Names.get(iso2 + "." + admin1Code);
  }

  public int size() {
    return ids.length;
  }

  private Place place(int i) {
    short cc = countries[i];
    String country = cc == 0 ? "" : new String(new char[] {(char) ((cc >> 8) & 0xff), (char) (cc & 0xff)});
    String name = new String(names, nameOffsets[i], nameOffsets[i + 1] - nameOffsets[i], StandardCharsets.UTF_8);
    return new Place(ids[i], name, lats[i] / 1e6, lons[i] / 1e6, country, admin1Codes[admin1Of[i]],
        features[featureOf[i] & 0xff], populations[i]);
  }

  private int find(String key) {
    if (key.isEmpty() || !GazetteerIndexBuilder.isAsciiKey(key)) {
      return -1;
    }
    int lo = 0;
    int hi = keyOffsets.length - 2;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(mid, key);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private int compare(int k, String key) {
    int start = keyOffsets[k];
    int len = keyOffsets[k + 1] - start;
    int n = Math.min(len, key.length());
    for (int i = 0; i < n; i++) {
      int d = keys[start + i] - key.charAt(i);
      if (d != 0) {
        return d;
      }
    }
    return len - key.length();
  }

  private static int[] ints(ByteBuffer b, int n) {
    int[] out = new int[n];
    b.asIntBuffer().get(out);
    b.position(b.position() + 4 * n);
    return out;
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.getInt()];
    b.get(out);
    return out;
  }

  private static String[] strings(ByteBuffer b) {
    String[] out = new String[b.getInt()];
    for (int i = 0; i < out.length; i++) {
      out[i] = utf(b);
    }
    return out;
  }

  /** Reads a {@link java.io.DataOutputStream#writeUTF} string (ASCII and BMP names only). */
  private static String utf(ByteBuffer b) {
    int len = b.getShort() & 0xffff;
    byte[] raw = new byte[len];
    b.get(raw);
    return new String(raw, StandardCharsets.UTF_8);
  }
}
