package org.cagraph.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.data.DataFiles;

/**
 * The actor lists of {@code data/gazetteer/}: one TSV per label, group words, compounds, and
 * metonyms (a capital that stands for its state when it acts: 莫斯科未能迅速攻下基輔).
 */
public final class Gazetteer {
  static final List<String> FILES =
      List.of(
          "countries.tsv",
          "organizations.tsv",
          "persons.tsv",
          "agreements.tsv",
          "initiatives.tsv",
          "facilities.tsv",
          "places.tsv",
          "groups.tsv",
          "companies.tsv");
  private final Map<String, Actor> actors;
  private final Map<String, List<String>> groupWords;
  private final Map<String, List<String>> compounds;
  private final Map<String, String> metonyms;

  Gazetteer(
      Map<String, Actor> actors,
      Map<String, List<String>> groupWords,
      Map<String, List<String>> compounds) {
    this(actors, groupWords, compounds, Map.of());
  }

  Gazetteer(
      Map<String, Actor> actors,
      Map<String, List<String>> groupWords,
      Map<String, List<String>> compounds,
      Map<String, String> metonyms) {
    this.actors = actors;
    this.groupWords = groupWords;
    this.compounds = compounds;
    this.metonyms = metonyms;
  }

  private static volatile Gazetteer shared;

  /** The gazetteer shipped on the classpath, loaded once. */
  public static Gazetteer load() {
    if (shared == null) {
      synchronized (Gazetteer.class) {
        if (shared == null) {
          shared = read();
        }
      }
    }
    return shared;
  }

  private static Gazetteer read() {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (String f : FILES) {
      for (String[] row : rows("data/gazetteer/" + f)) {
        String[] c = Arrays.copyOf(row, 8);
        if (c[0] == null || c[0].isBlank()) {
          continue;
        }
        String id = c[0].strip();
        if (actors.containsKey(id)) {
          throw new IllegalStateException(
              "data/gazetteer/" + f + ": actor id " + id + " is listed twice");
        }
        List<String> aliases = withBothScripts(blankToNull(c[3]), split(c[4]));
        String iso3 = blankToNull(c[6]);
        if (iso3 != null) {
          aliases = withLocaleNames(aliases, iso3);
        }
        actors.put(
            id,
            new Actor(
                id,
                c[1].strip(),
                c[2].strip(),
                blankToNull(c[3]),
                aliases,
                split(c[5]),
                iso3,
                blankToNull(c[7]),
                false));
      }
    }
    Map<String, String> metonyms = new LinkedHashMap<>();
    lists("data/gazetteer/metonyms.tsv")
        .forEach(
            (place, states) -> {
              if (!states.isEmpty()) {
                metonyms.put(place, states.get(0));
              }
            });
    return new Gazetteer(
        Map.copyOf(actors),
        lists("data/gazetteer/groups-words.tsv"),
        lists("data/gazetteer/compounds.tsv"),
        metonyms);
  }

  /**
   * The aliases plus the Simplified and Traditional forms of the Chinese name and of every Chinese
   * alias (opencc phrase conversion): a row typed in one script is known, searched and exported in
   * both (上海合作組織 also 上海合作组织; 托卡耶夫 also 托卡耶夫).
   */
  static List<String> withBothScripts(String nameZh, List<String> aliases) {
    List<String> han = new java.util.ArrayList<>();
    if (nameZh != null) {
      han.add(nameZh);
    }
    han.addAll(aliases);
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(aliases);
    for (String n : Discovery.bothScripts(han)) {
      if (!n.equals(nameZh)) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The languages whose CLDR country names (the JDK's locale data) every state with an ISO code is
   * known by.
   */
  private static final List<java.util.Locale> NAME_LOCALES =
      List.of(
          java.util.Locale.ENGLISH,
          java.util.Locale.forLanguageTag("zh-CN"),
          java.util.Locale.forLanguageTag("zh-TW"),
          java.util.Locale.forLanguageTag("zh-HK"),
          java.util.Locale.forLanguageTag("ru"));

  private static final Map<String, String> ISO2 = new java.util.HashMap<>();

  static {
    for (String c : java.util.Locale.getISOCountries()) {
      ISO2.put(new java.util.Locale("", c).getISO3Country(), c);
    }
  }

  /**
   * A state's names from locale data: mainland and Taiwan Chinese (阿塞拜疆, 亞塞拜然), Russian, English.
   * Papers and news name states beyond the ones the gazetteer's rows were typed for; the rows add
   * what CLDR lacks (short forms, older names, other transliterations).
   */
  static List<String> withLocaleNames(List<String> aliases, String iso3) {
    String iso2 = ISO2.get(iso3);
    if (iso2 == null) {
      return aliases;
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(aliases);
    java.util.Locale country = new java.util.Locale("", iso2);
    for (java.util.Locale l : NAME_LOCALES) {
      String n = country.getDisplayCountry(l);
      if (n != null && !n.isBlank() && !n.equals(iso2)) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, List<String>> lists(String resource) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String[] row : rows(resource)) {
      if (row.length >= 2) {
        m.put(row[0].strip(), split(row[1]));
      }
    }
    return m;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = DataFiles.open(resource.substring("data/".length()))) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("id\t")) {
          out.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> split(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static final Map<String, String> NER_TYPES =
      Map.of(
          "Country",
          "GPE",
          "Place",
          "GPE",
          "Organization",
          "ORGANIZATION",
          "Person",
          "PERSON",
          "Facility",
          "FACILITY",
          "Group",
          "ORGANIZATION",
          "Company",
          "ORGANIZATION");

  /**
   * A CoreNLP RegexNER mapping (pattern, type, overwritable types, priority) of every single-token
   * name in the Simplified view, so known names get their type whatever the statistical model says.
   */
  public String regexNerMapping() {
    StringBuilder b = new StringBuilder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Actor a : actors.values()) {
      String type = NER_TYPES.get(a.label());
      if (type == null) {
        continue;
      }
      for (String n : a.names()) {
        String s = org.cagraph.nlp.Simplifier.forNlp(n).strip();
        boolean cjk =
            s.codePoints()
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        // Chinese names as one segmenter token; Latin names token by token (RegexNER splits on
        // spaces)
        if (s.length() < 2 || !cjk && !s.matches("[A-Za-z][A-Za-z .'-]+") || !seen.add(s)) {
          continue;
        }
        String pattern =
            cjk
                ? java.util.regex.Pattern.quote(s)
                : String.join(
                    " ",
                    java.util.Arrays.stream(s.split("\\s+"))
                        .map(java.util.regex.Pattern::quote)
                        .toList());
        b.append(pattern)
            .append('\t')
            .append(type)
            .append("\tPERSON,ORGANIZATION,MISC,LOCATION,GPE,FACILITY,O,DEMONYM\t1\n");
      }
    }
    return b.toString();
  }

  /** This gazetteer plus actors found in the papers. */
  public Gazetteer with(List<Actor> more) {
    Map<String, Actor> all = new LinkedHashMap<>(actors);
    for (Actor a : more) {
      Actor known = all.get(a.id());
      if (known == null) {
        all.put(a.id(), a);
      } else if (!a
          .discovered()) { // another spelling of a known actor (托卡葉夫): its names join the actor's
        java.util.LinkedHashSet<String> aliases = new java.util.LinkedHashSet<>(known.aliases());
        aliases.addAll(a.aliases());
        all.put(
            known.id(),
            new Actor(
                known.id(),
                known.label(),
                known.name(),
                known.nameZh(),
                List.copyOf(aliases),
                known.shortForms(),
                known.iso3(),
                known.partOf(),
                known.discovered()));
      }
    }
    return new Gazetteer(Map.copyOf(all), groupWords, compounds, metonyms);
  }

  public Map<String, Actor> actors() {
    return actors;
  }

  public Actor get(String id) {
    return actors.get(id);
  }

  public Map<String, List<String>> groupWords() {
    return groupWords;
  }

  public Map<String, List<String>> compounds() {
    return compounds;
  }

  /** Place id → the state it stands for when used as an actor (Moscow → russia). */
  public Map<String, String> metonyms() {
    return metonyms;
  }
}
