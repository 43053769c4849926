package org.sitrep.geo;

/**
 * The binary layout of {@code gazetteer.idx}, written by {@link GazetteerIndexBuilder} and read by
 * {@link Gazetteer} (big-endian, {@link java.io.DataOutputStream}):
 *
 * <pre>
 * int magic, int version, int placeCount N
 * int[N] geonameId, int[N] lat*1e6, int[N] lon*1e6, int[N] population, short[N] country (2 ASCII)
 * int featureCount, UTF[featureCount], byte[N] feature index
 * int admin1Count, UTF[admin1Count] codes, int[N] admin1 index
 * int[N+1] name offsets, int nameBytes, byte[] UTF-8 names
 * int admin1NameCount, (UTF "CC.code", UTF admin1 name)[admin1NameCount]
 * int keyCount K, int[K+1] key offsets, int keyBytes, byte[] ASCII keys (sorted)
 * int[K+1] posting offsets, int postingCount, int[] place indexes
 * int[N] place indexes sorted by geonameId
 * </pre>
 *
 * Places include the admin1 and admin2 units of {@link AdminUnits} (features "ADM1" and "ADM2",
 * negative ids). Places are stored settlements first, then admin1 units, then admin2 units, each most
 * populous first, so every posting list (ascending indexes) is already in that order.
 */
final class IndexFormat {
  static final int MAGIC = 0x53475A49; // "SGZI"
  static final int VERSION = 6;

  private IndexFormat() {}
}
