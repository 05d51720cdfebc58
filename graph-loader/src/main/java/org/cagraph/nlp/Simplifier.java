package org.cagraph.nlp;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional to Simplified, one char for one char, so offsets carry over unchanged.
 *
 * <p>{@link #forNlp} uses opencc's phrase conversion where it keeps the length and falls back to
 * the per-char table where it would not; {@link #perChar} is context-free, which is what name
 * matching needs (a name and the text around it convert the same way).
 */
public final class Simplifier {
  private static final Map<Character, Character> TABLE = load();

  private Simplifier() {}

  public static String perChar(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out[i] = TABLE.getOrDefault(c, c);
    }
    return new String(out);
  }

  /** The Simplified view CoreNLP reads; always the same length as the input. */
  public static String forNlp(String s) {
    String phrase;
    try {
      phrase = ZhConverterUtil.toSimple(s);
    } catch (RuntimeException e) {
      phrase = null;
    }
    return phrase != null && phrase.length() == s.length() ? phrase : perChar(s);
  }

  private static Map<Character, Character> load() {
    Map<Character, Character> m = new HashMap<>();
    try (InputStream in =
        Simplifier.class.getResourceAsStream("/data/dictionary/TSCharacters.txt")) {
      if (in == null) {
        throw new IllegalStateException("opencc4j's TSCharacters.txt is not on the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String[] kv = line.split("\t");
        if (kv.length == 2 && kv[0].length() == 1) {
          String first = kv[1].split(" ")[0];
          if (first.length() == 1) {
            m.put(kv[0].charAt(0), first.charAt(0));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
