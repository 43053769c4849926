package org.sitrep.eval;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The project's split of the dev data: a row is in the check split when the SHA-256 of its
 * {@code event_id} (UTF-8), read as an unsigned big integer, is 0 modulo 5; the rest is the fit split.
 */
public final class SplitRule {
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private SplitRule() {}

  /** The id's bucket, 0..4; bucket 0 is the check split. */
  public static int bucket(String eventId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
      return new BigInteger(1, digest).mod(FIVE).intValue();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  public static boolean isCheck(String eventId) {
    return bucket(eventId) == 0;
  }
}
