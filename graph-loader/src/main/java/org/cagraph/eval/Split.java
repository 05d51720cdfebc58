package org.cagraph.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which split an annotated sentence of the papers belongs to: <em>train</em> (two thirds), which
 * rules may be written from, or <em>dev</em> (one third), which is only measured. The key is a
 * SHA-256 of the document id and the sentence's text without white space, so it does not move when
 * the sentence splitter or the gold file's order changes, and a rule writer can tell a sentence's
 * split without running anything ({@code kg eval --split-of}).
 */
public final class Split {
  public static final String TRAIN = "train";
  public static final String DEV = "dev";
  public static final String CHALLENGE = "challenge";

  private Split() {}

  public static String of(String doc, String sentence) {
    String key = doc + "\n" + sentence.replaceAll("[\\s\\u3000]+", "");
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long v =
          ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
      return v % 3 == 0 ? DEV : TRAIN;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
