package org.cagraph.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English adjectives of states (Syrian, Qatari, Kyrgyz, Sri Lankan), read from the list of
 * adjectival forms of place names CoreNLP ships for its coreference (models jar, {@code
 * dcoref/demonyms.txt}) rather than typed row by row: every state of the gazetteer is known by its
 * adjective as Russian and Kazakh are (the Russian-Kazakh border, Syrian forces). A state is looked
 * up by its English name and the English name CLDR gives its ISO code. Plurals and words for a
 * person (Syrians, Frenchman) are left out: nationals are not their state. Forms {@code
 * data/gazetteer/linker-words.tsv} lists under {@code demonym_skip} are left out too.
 */
final class Demonyms {
  static final String RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";

  private final Map<String, List<String>> byPlace;
  private final Set<String> skip;

  Demonyms(Map<String, List<String>> byPlace, Set<String> skip) {
    this.byPlace = byPlace;
    this.skip = skip;
  }

  /** The list on the classpath, less the forms {@code words} lists under {@code demonym_skip}. */
  static Demonyms of(WordLists words) {
    Set<String> skip = new java.util.HashSet<>();
    for (String w : words.written("demonym_skip").split("\\|")) {
      skip.add(w.strip().toLowerCase(Locale.ROOT));
    }
    return new Demonyms(read(), Set.copyOf(skip));
  }

  /** Place name (lower case) → its adjectival forms, as the resource lists them. */
  static Map<String, List<String>> read() {
    Map<String, List<String>> out = new HashMap<>();
    InputStream in = Demonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      // the models jar is on every classpath that extracts (./kg, the tests, Spark's --jars): a
      // linker without it would link differently, so say so
      throw new IllegalStateException(
          RESOURCE + " is missing: CoreNLP's models jar must be on the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t");
        List<String> forms = new ArrayList<>();
        for (int k = 1; k < c.length; k++) {
          if (!c[k].isBlank()) {
            forms.add(c[k].strip());
          }
        }
        out.computeIfAbsent(c[0].strip().toLowerCase(Locale.ROOT), p -> new ArrayList<>())
            .addAll(forms);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The English adjectives of a state of the gazetteer; none for any other actor. */
  List<String> of(Actor a) {
    if (!"Country".equals(a.label())) {
      return List.of();
    }
    Set<String> places = new LinkedHashSet<>();
    places.add(a.name().toLowerCase(Locale.ROOT));
    for (String n : a.aliases()) {
      // the English names among the aliases, CLDR's among them (United States of America)
      if (n.matches("[A-Za-z][A-Za-z .'-]+")) {
        places.add(n.toLowerCase(Locale.ROOT));
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String p : places) {
      for (String f : byPlace.getOrDefault(p, List.of())) {
        if (adjective(f) && !skip.contains(f.toLowerCase(Locale.ROOT))) {
          out.add(f);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * An adjective rather than a plural or a word for a person: one word or two capitalised (Sri
   * Lankan), not ending in s (Syrians, Swiss excepted: no state of the gazetteer) nor in
   * man/men/woman/women.
   */
  static boolean adjective(String f) {
    String l = f.toLowerCase(Locale.ROOT);
    return f.matches("\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?")
        && !l.endsWith("s")
        && !l.endsWith("man")
        && !l.endsWith("men")
        && !l.endsWith("woman")
        && !l.endsWith("women");
  }
}
