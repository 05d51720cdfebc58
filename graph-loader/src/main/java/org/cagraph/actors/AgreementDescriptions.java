package org.cagraph.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Agreements a sentence names by description rather than by name: by what they found (the treaty
 * establishing the Eurasian Economic Union) or by their topic and parties (a treaty on allied
 * relations with Russia; договор о союзнических отношениях). A description links to the one known
 * agreement it fits, or to none.
 */
final class AgreementDescriptions {
  private final List<Actor> agreements;

  /** Every actor by id: a person's own state ({@link Actor#partOf}) as a party to an agreement. */
  private final Map<String, Actor> byId;

  AgreementDescriptions(Map<String, Actor> byId) {
    this.byId = byId;
    this.agreements = byId.values().stream().filter(a -> a.label().equals("Agreement")).toList();
  }

  /**
   * Adds to {@code out} the agreements the keyed sentence {@code v} describes; {@code earlier}
   * holds the mentions of the paragraph's earlier sentences (the treaty a protocol belongs to).
   */
  void link(String v, List<Mention> out, List<Mention> earlier) {
    link(v, out);
    protocolOfTreaty(v, out, earlier);
    similarAgreements(v, out, earlier);
    placeAgreements(v, out);
    agreementsByKind(v, out);
    topicBeforeAgreementZh(v, out);
    foundingAgreements(v, out);
  }

  /**
   * Each organisation and the agreement that establishes it (data/rules/founding-agreements.tsv,
   * read the other way): the Eurasian Economic Community and its 2000 treaty.
   */
  private static final Map<String, String> FOUNDED_BY = foundedBy();

  private static Map<String, String> foundedBy() {
    Map<String, String> out = new HashMap<>();
    org.cagraph.data.DataFiles.pairs(
            "rules/founding-agreements.tsv", "an agreement and an organisation")
        .forEach((agreement, org) -> out.putIfAbsent(org, agreement));
    return Map.copyOf(out);
  }

  /**
   * Chinese: a signing that founds an organisation named right after it (五國簽約成立歐亞經濟共同體,
   * 三國簽署條約，建立歐亞經濟聯盟): the agreement word (約 of 簽約, or 條約, 協定, 協議) is that organisation's founding
   * agreement.
   */
  private static final Pattern FOUNDING_ZH =
      Pattern.compile(
          "(?:签(约)|(?:签署|签订|缔结)了?(条约|协定|协议))[，,]?(?:正式|共同)?(?:宣布)?"
              + "(?:成立|建立|组建|创立|创建|组成)了?[「《“]?");

  /**
   * Russian: an agreement word with what it creates (договор о создании ЕАЭС, соглашение об
   * учреждении ЕврАзЭС), or a bare one the organisation named before it in its clause works on
   * (ЕАЭС начал работу на основе договора, подписанного…): that organisation's founding agreement.
   */
  private static final Pattern FOUNDING_RU =
      Pattern.compile(
          "(?<![\\p{L}])(договор(?![иёюя])|соглашени)[а-яё]*\\s+(?:о\\s+создании|об\\s+учреждении|об\\s+образовании)\\s+[«\"]?");

  private static final Pattern ON_THE_BASIS_RU =
      Pattern.compile(
          "(?<![\\p{L}])на\\s+(?:основе|основании|базе)\\s+(договора|соглашения)(?=\\s*[,.;]|\\s+(?:подписанн|заключ[её]нн))");

  /**
   * An agreement word that founds an organisation ({@link #FOUNDING_ZH}, {@link #FOUNDING_RU},
   * {@link #ON_THE_BASIS_RU}) links to the agreement founding-agreements.tsv gives that
   * organisation; an organisation it gives none links nothing (the CSTO's charter was signed by
   * states that joined later: no founding agreement). The organisation stays for the rules (a
   * founder is a member).
   */
  void foundingAgreements(String v, List<Mention> out) {
    List<Mention> orgs =
        out.stream().filter(x -> x.actor().label().equals("Organization")).toList();
    if (orgs.isEmpty()) {
      return;
    }
    for (Pattern p : List.of(FOUNDING_ZH, FOUNDING_RU)) {
      Matcher m = p.matcher(v);
      while (m.find()) {
        int g = m.group(1) != null ? 1 : 2;
        int b = m.start(g);
        int e = p == FOUNDING_RU ? wordEnd(v, m.end(g)) : m.end(g);
        int at = m.end();
        Mention org = orgs.stream().filter(x -> x.begin() == at).findFirst().orElse(null);
        link(org, v, b, e, out);
      }
    }
    Matcher m = ON_THE_BASIS_RU.matcher(v);
    while (m.find()) {
      int b = m.start(1);
      int from = Math.max(v.lastIndexOf(',', b), v.lastIndexOf(';', b)) + 1;
      Mention org =
          orgs.stream()
              .filter(x -> x.begin() >= from && x.end() <= m.start())
              .max(Comparator.comparingInt(Mention::end))
              .orElse(null);
      link(org, v, b, m.end(1), out);
    }
  }

  private void link(Mention org, String v, int b, int e, List<Mention> out) {
    if (org == null || overlaps(out, b, e)) {
      return;
    }
    Actor founding = byId.get(FOUNDED_BY.getOrDefault(org.actor().id(), ""));
    if (founding != null && founding.label().equals("Agreement")) {
      out.add(new Mention(founding, b, e, "name", 0.85));
    }
  }

  private static int wordEnd(String v, int at) {
    int e = at;
    while (e < v.length() && Character.isLetter(v.charAt(e))) {
      e++;
    }
    return e;
  }

  /**
   * Chinese: a facility or initiative right before the agreement word, 的 between or not
   * (三方簽署了關於合作建設中吉烏鐵路的協議, 簽署TAPI管道協定): the one known agreement of that word's kind (協定 and 協議
   * alike) whose name holds the actor's name before the word.
   */
  void topicBeforeAgreementZh(String v, List<Mention> out) {
    Matcher m = HEAD_ZH.matcher(v);
    while (m.find()) {
      int hb = m.start();
      int he = m.end();
      if (overlaps(out, hb, he)) {
        continue;
      }
      int te = hb > 0 && v.charAt(hb - 1) == '的' ? hb - 1 : hb;
      Mention topic =
          out.stream()
              .filter(x -> x.end() == te && TOPIC_ONLY.contains(x.actor().label()))
              .findFirst()
              .orElse(null);
      if (topic == null) {
        continue;
      }
      String kind = HEAD_KINDS.getOrDefault(m.group(), Pattern.quote(m.group()));
      List<Pattern> named =
          names(topic.actor()).stream()
              .filter(n -> n.length() >= 2)
              .map(n -> Pattern.compile(Pattern.quote(n) + "\\p{IsHan}{0,8}(?:" + kind + ")"))
              .toList();
      List<Actor> found =
          agreements.stream()
              .filter(
                  a ->
                      names(a).stream()
                          .anyMatch(n -> named.stream().anyMatch(p -> p.matcher(n).find())))
              .toList();
      found = known(found, v, false);
      if (found.size() == 1) {
        out.add(new Mention(found.get(0), hb, he, "name", 0.85));
      }
    }
  }

  /** Kinds of agreement and their words (data/gazetteer/agreement-kinds.tsv), keyed view. */
  private static final Map<String, Pattern> KIND_WORDS = kindWords();

  private static Map<String, Pattern> kindWords() {
    Map<String, Pattern> k = new java.util.LinkedHashMap<>();
    for (String line : org.cagraph.data.DataFiles.lines("gazetteer/agreement-kinds.tsv")) {
      String[] c = line.split("\t");
      if (line.startsWith("#") || c.length != 2) {
        continue;
      }
      // a Latin or Cyrillic word opens at a word start; a Chinese one stands anywhere
      k.put(
          c[0].strip(),
          Pattern.compile("(?:(?<![\\p{L}])|(?=\\p{IsHan}))(?:" + Linker.key(c[1].strip()) + ")"));
    }
    return Map.copyOf(k);
  }

  /**
   * An agreement described by its kind (data/gazetteer/agreement-kinds.tsv) and its parties:
   * 華府與塔什干簽署了戰略夥伴關係框架文件, 塔什干轉而與莫斯科簽署同盟關係條約, 四國簽署政府間協定 (after TAPI管線), signing a visa-free travel
   * agreement with China. The kinds the description holds (the words before a Chinese or English
   * agreement word) are the kinds a known agreement's names (in any language) must all hold; of
   * those, the one whose facility or initiative the sentence names (TAPI), else the one whose names
   * hold every party the description's clause names (or, naming none, its sentence), is meant. Two
   * left, or none, link nothing; a description with no kind word links nothing. The agreement word
   * alone is the mention: the verb and the topic words before it stay for the rules (夥伴關係 is a
   * partnership too). Russian descriptions are left to the topic passes: read here too
   * (межправительственное соглашение, договор о союзнических отношениях) they cost the challenge
   * set two false hits and written-train three facts.
   */
  void agreementsByKind(String v, List<Mention> out) {
    agreementsByKind(v, out, false);
  }

  /**
   * An agreement described by its kind whose parties only a reference names (吉爾吉斯與烏茲別克懸宕三十年的邊界問題 …
   * 兩國議會批准了邊界劃定協定; the two governments signed a border agreement): the description read again after
   * coreference, as {@link #agreementsByKind(String, List)} reads named parties, with the states
   * the references stand for. Only a description whose clause holds such a reference and nothing on
   * the agreement word: the first reading had every name.
   */
  void agreementsByKindOfReferred(String v, List<Mention> out) {
    agreementsByKind(v, out, true);
  }

  private void agreementsByKind(String v, List<Mention> out, boolean referred) {
    // the agreement word (and a Chinese description before it), then where its kind words are
    List<int[]> spans = new ArrayList<>();
    Matcher zh = KIND_HEAD_ZH.matcher(v);
    while (zh.find()) {
      int hb = zh.start();
      int rs = hb;
      while (rs > 0 && hb - rs < 10 && topicChar(v.charAt(rs - 1)) && !covered(out, rs - 1)) {
        rs--;
      }
      // the agreement word alone: the verb and the topic before it stay for the rules (簽署了戰略夥伴關係…)
      spans.add(new int[] {hb, zh.end(), rs, hb});
    }
    Matcher en = KIND_HEAD_EN.matcher(v);
    while (en.find()) {
      // the English description whole (a visa-free travel agreement): the rules read "signing an
      // agreement with China" across no kind words
      spans.add(new int[] {en.start(1), en.end(2), en.start(1), en.end(1)});
    }
    List<Mention> parties = parties(out);
    for (int[] s : spans) {
      int b = s[0];
      int e = s[1];
      // an English description whose shorter generic name the linker took (an Enhanced Partnership
      // and Cooperation Agreement: "Partnership and Cooperation Agreement", one state's): replaced
      // when the description's kind and parties fit one other agreement
      List<Mention> inner = genericInside(out, v, b, e);
      if (inner == null || (referred && !inner.isEmpty())) {
        continue; // a name on the agreement word or in the English description
      }
      String words = v.substring(s[2], s[3]);
      List<Pattern> kinds =
          KIND_WORDS.values().stream().filter(k -> k.matcher(words).find()).toList();
      if (kinds.isEmpty()) {
        continue;
      }
      List<Actor> fits =
          agreements.stream()
              .filter(
                  a -> {
                    String joined = String.join(" | ", names(a));
                    return kinds.stream().allMatch(k -> k.matcher(joined).find());
                  })
              .toList();
      if (fits.isEmpty()) {
        continue;
      }
      List<Actor> found =
          fits.stream()
              .filter(
                  a ->
                      out.stream()
                          .filter(x -> TOPIC_ONLY.contains(x.actor().label()))
                          .anyMatch(x -> holdsName(a, x.actor())))
              .distinct()
              .toList();
      boolean fromParties = found.isEmpty();
      if (found.isEmpty()) {
        boolean han = Character.isIdeographic(v.charAt(b));
        int from = clauseStart(v, b, han ? "，；。" : ",;", parties);
        int to = han ? clauseEndZh(v, e) : clauseEnd(v, e);
        List<Mention> inClause =
            parties.stream().filter(x -> x.begin() >= from && x.end() <= to).toList();
        // every party the clause names (or, naming none, the sentence) is the agreement's: a border
        // treaty signed by three presidents is no bilateral border agreement of two of them
        List<Mention> named = inClause.isEmpty() ? parties : inClause;
        if (referred && named.stream().noneMatch(x -> x.method().equals("coref"))) {
          continue; // the names alone: read the first time
        }
        found = named.isEmpty() ? List.of() : withAllParties(fits, named);
      } else if (referred) {
        continue; // the facility or initiative the sentence names: read the first time
      }
      List<Actor> chosen = known(found, v, fromParties);
      if (!inner.isEmpty()
          && (!fromParties
              || chosen.size() != 1
              || inner.stream().anyMatch(x -> x.actor().equals(chosen.get(0))))) {
        continue; // the name the linker took stands unless the parties pick another
      }
      if (chosen.size() == 1) {
        out.removeAll(inner);
        out.add(new Mention(chosen.get(0), b, e, "name", 0.85));
      }
    }
  }

  /**
   * The mentions inside [b, e) that an English description may replace: none there (an empty list),
   * or only agreements named by a shorter name strictly inside it; null when anything else (a
   * party, a name on the whole description, Chinese) stands there.
   */
  private static List<Mention> genericInside(List<Mention> out, String v, int b, int e) {
    List<Mention> inner = out.stream().filter(x -> x.begin() < e && b < x.end()).toList();
    if (inner.isEmpty()) {
      return inner;
    }
    boolean latin = v.substring(b, e).chars().allMatch(c -> c < 0x250);
    boolean generic =
        latin
            && inner.stream()
                .allMatch(
                    x ->
                        x.actor().label().equals("Agreement")
                            && x.begin() >= b
                            && x.end() <= e
                            && x.end() - x.begin() < e - b);
    return generic ? inner : null;
  }

  /**
   * Where the clause holding {@code at} starts: after the last of {@code stops} before it that is
   * no comma of a list of parties (Rahmon, Japarov and Mirziyoyev signed a border treaty: Rahmon is
   * of the clause).
   */
  private static int clauseStart(String v, int at, String stops, List<Mention> parties) {
    int from = at;
    while (true) {
      int c = -1;
      for (char x : stops.toCharArray()) {
        c = Math.max(c, v.lastIndexOf(x, from - 1));
      }
      if (c < 0) {
        return 0;
      }
      int comma = c;
      boolean list =
          parties.stream().anyMatch(x -> x.end() <= comma && v.substring(x.end(), comma).isBlank())
              && parties.stream()
                  .anyMatch(x -> x.begin() > comma && v.substring(comma + 1, x.begin()).isBlank());
      if (!list) {
        return c + 1;
      }
      from = c;
    }
  }

  /** The agreements whose names hold every one of the states and blocs {@code parties} names. */
  private List<Actor> withAllParties(List<Actor> fits, List<Mention> parties) {
    long named = parties.stream().map(x -> x.actor().id()).distinct().count();
    return fits.stream()
        .filter(a -> partiesNamed(String.join(" | ", names(a)), parties) == named)
        .toList();
  }

  /** What a description may be about, never a party: a pipeline, a railway, a base. */
  private static final Set<String> TOPIC_ONLY = Set.of("Facility", "Initiative");

  /** Whether one of {@code agreement}'s names holds one of {@code actor}'s names. */
  private boolean holdsName(Actor agreement, Actor actor) {
    for (String n : names(actor)) {
      boolean han = n.chars().anyMatch(Character::isIdeographic);
      if (n.length() < (han ? 2 : 3)) {
        continue;
      }
      for (String an : names(agreement)) {
        if (han ? an.contains(n) : word(an, n)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An agreement of the kind just named, between other parties (哈薩克與歐盟的加強夥伴與合作協定已生效。吉爾吉斯與歐盟的同類協定
   * 則於2024年簽署; между Казахстаном и Узбекистаном подписан договор о союзнических отношениях, а с
   * Россией аналогичный договор действует): a word of {@code agreement_similar} before an agreement
   * word, after an agreement linked earlier in the sentence or the paragraph. The known agreements
   * whose topic (the English name without its parties, its bracketed note and its "between" tail:
   * EU-Kazakhstan Enhanced Partnership and Cooperation Agreement → enhanced partnership and
   * cooperation agreement) is an earlier agreement's topic, other than the earlier ones, fit; of
   * them the one whose names hold the parties of the description's own clause is meant. Two left,
   * or none (a similar agreement of parties the gazetteer has none for), link nothing.
   */
  void similarAgreements(String v, List<Mention> out, List<Mention> earlier) {
    Matcher m = SIMILAR.matcher(v);
    while (m.find()) {
      int b = m.start();
      int e = m.end();
      if (overlaps(out, b, e)) {
        continue;
      }
      Set<Actor> before = new java.util.LinkedHashSet<>();
      earlier.stream()
          .map(Mention::actor)
          .filter(a -> a.label().equals("Agreement"))
          .forEach(before::add);
      out.stream()
          .filter(x -> x.end() <= b && x.actor().label().equals("Agreement"))
          .map(Mention::actor)
          .forEach(before::add);
      Set<String> topics = new HashSet<>();
      before.forEach(a -> topics.add(topicOf(a)));
      topics.remove("");
      if (topics.isEmpty()) {
        continue;
      }
      List<Actor> fits =
          agreements.stream()
              .filter(a -> !before.contains(a) && topics.contains(topicOf(a)))
              .toList();
      if (fits.isEmpty()) {
        continue;
      }
      boolean zh = m.group(3) != null;
      int from =
          zh
              ? Math.max(
                      Math.max(v.lastIndexOf('，', b), v.lastIndexOf('；', b)), v.lastIndexOf('。', b))
                  + 1
              : Math.max(v.lastIndexOf(',', b), v.lastIndexOf(';', b)) + 1;
      int to = zh ? clauseEndZh(v, e) : clauseEnd(v, e);
      List<Mention> inClause =
          parties(out).stream().filter(x -> x.begin() >= from && x.end() <= to).toList();
      if (inClause.isEmpty()) {
        continue; // similar to what, between whom: no parties, no guess
      }
      List<Actor> found = withParties(fits, inClause);
      found = known(found, v, true);
      if (found.size() == 1) {
        out.add(new Mention(found.get(0), b, e, "name", 0.85));
      }
    }
  }

  private static final Pattern LEADING_PARTIES = Pattern.compile("^[\\p{L}.]+(?:-[\\p{L}.]+)+\\s+");

  private final Map<String, String> topicOf = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * What an agreement is, its parties aside: its English name (keyed) without a bracketed note, a
   * "between" tail and leading hyphenated parties (US-Uzbekistan Strategic Partnership and
   * Cooperation Agreement (2002) → strategic partnership and cooperation agreement).
   */
  private String topicOf(Actor a) {
    return topicOf.computeIfAbsent(
        a.id(),
        id -> {
          String n = Linker.key(a.name());
          n = n.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
          n = n.replaceAll("\\s+between\\s.*$", "");
          n = LEADING_PARTIES.matcher(n).replaceFirst("");
          return n.split("\\s+").length >= 2 ? n.strip() : "";
        });
  }

  /**
   * An agreement named by the place it was signed at (the declaration signed in Alma-Ata,
   * 在阿拉木圖簽署宣言): a bare agreement word (the declaration; 簽署宣言, no topic before it) in a sentence
   * naming a place, and a known agreement whose name is that place's name and a word of the same
   * kind (Alma-Ata Declaration, 阿拉木圖宣言); in English the same word (the treaty signed in Tashkent is
   * the Tashkent Treaty, the agreement or the deal signed there is not). Exactly one fit links the
   * word; a word with its own topic (the joint declaration, 聯合聲明, a declaration on …) is no bare
   * word.
   */
  void placeAgreements(String v, List<Mention> out) {
    List<Mention> places = out.stream().filter(x -> x.actor().label().equals("Place")).toList();
    if (places.isEmpty()) {
      return;
    }
    List<int[]> words = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    Matcher en = BARE_EN.matcher(v);
    while (en.find()) {
      words.add(new int[] {en.start(1), en.end(1)});
      // the word itself, not its kind: "the treaty" signed in Tashkent is the Tashkent Treaty, but
      // "the agreement" or "the deal" signed there is any of the many the capital has seen
      kinds.add(kindOf(en.group(1)) == null ? null : Pattern.quote(en.group(1)));
    }
    Matcher zh = HEAD_ZH.matcher(v);
    while (zh.find()) {
      int hb = zh.start();
      char prev = hb > 0 ? v.charAt(hb - 1) : ' ';
      boolean afterPlace = places.stream().anyMatch(x -> x.end() == hb);
      if (afterPlace || "署了订".indexOf(prev) >= 0) {
        words.add(new int[] {hb, zh.end()});
        kinds.add(HEAD_KINDS.getOrDefault(zh.group(), Pattern.quote(zh.group())));
      }
    }
    for (int w = 0; w < words.size(); w++) {
      int b = words.get(w)[0];
      int e = words.get(w)[1];
      if (overlaps(out, b, e) || kinds.get(w) == null) {
        continue;
      }
      String kind = kinds.get(w);
      Set<Actor> found = new HashSet<>();
      for (Mention p : places) {
        for (String pn : names(p.actor())) {
          boolean han = pn.chars().anyMatch(Character::isIdeographic);
          if (pn.length() < (han ? 2 : 3)) {
            continue;
          }
          Pattern named =
              Pattern.compile(
                  (han ? "" : "(?<![\\p{L}])")
                      + Pattern.quote(pn)
                      + (han ? "(?:" : "\\s+(?:")
                      + kind
                      + ")"
                      + (han ? "" : "(?![\\p{L}])"));
          agreements.stream()
              .filter(a -> names(a).stream().anyMatch(n -> named.matcher(n).find()))
              .forEach(found::add);
        }
      }
      if (found.size() == 1) {
        out.add(new Mention(found.iterator().next(), b, e, "name", 0.85));
      }
    }
  }

  private static final Pattern THE_PROTOCOL =
      Pattern.compile(
          "(?<![\\p{L}])(?:the|this|its|that)\\s+(protocol)(?![\\p{L}])(?!\\s+(?:to|of|on)\\s)");

  /**
   * The protocol, after a treaty was named (the five states signed the treaty …; Russia ratified
   * the protocol that gives the zone guarantees): the known agreement named "Protocol to" that
   * treaty, when the paragraph so far (or the sentence) names exactly one treaty that has one.
   */
  void protocolOfTreaty(String v, List<Mention> out, List<Mention> earlier) {
    Matcher m = THE_PROTOCOL.matcher(v);
    while (m.find()) {
      int b = m.start(1);
      int e = m.end(1);
      if (overlaps(out, b, e)) {
        continue;
      }
      List<Mention> before = new ArrayList<>(earlier);
      out.stream().filter(x -> x.end() <= b).forEach(before::add);
      List<Actor> found =
          before.stream()
              .map(Mention::actor)
              .filter(a -> a.label().equals("Agreement"))
              .distinct()
              .flatMap(a -> protocolsOf(a).stream())
              .distinct()
              .toList();
      found = known(found, v, false);
      if (found.size() == 1) {
        out.add(new Mention(found.get(0), b, e, "name", 0.85));
      }
    }
  }

  /** The known agreements named "Protocol to" {@code treaty} (by one of its English names). */
  private List<Actor> protocolsOf(Actor treaty) {
    List<String> tn = names(treaty).stream().map(n -> n.replaceFirst("^the ", "")).toList();
    return agreements.stream()
        .filter(
            p ->
                names(p).stream()
                    .filter(n -> n.startsWith("protocol to "))
                    .map(n -> n.substring("protocol to ".length()).replaceFirst("^the ", ""))
                    .map(n -> n.replaceFirst("\\s*\\(.*\\)$", ""))
                    .anyMatch(tn::contains))
        .toList();
  }

  /** Adds to {@code out} the agreements the keyed sentence {@code v} describes. */
  void link(String v, List<Mention> out) {
    agreementsByPurpose(v, out);
    agreementsByTopic(v, out);
    agreementsByTopicRu(v, out);
    agreementsByTopicZh(v, out);
    agreementsByTopicActor(v, out);
  }

  private static final WordLists WORDS = WordLists.read("gazetteer/linker-words.tsv");

  /** Labels of what a description is about (a pipeline, a base, a sea, a union it founds). */
  private static final Set<String> TOPIC_LABELS =
      Set.of("Facility", "Place", "Initiative", "Organization", "Company");

  private static final Pattern TOPIC_ACTOR =
      Pattern.compile(
          "(?<![\\p{L}])(?:("
              + WORDS.get("topic_kinds_en")
              + ")\\s+(?:"
              + WORDS.get("topic_links")
              + ")|("
              + WORDS.get("topic_kinds_ru")
              + ")[а-яё]*(?:\\s+(?:"
              + WORDS.get("topic_links")
              + ")|(?=\\s+(?!(?:"
              + WORDS.get("topic_stops")
              + ")(?![а-яё]))[а-яё]{3,})))\\s+"); // Russian also with a genitive (договор аренды)

  private static final Pattern UNSIGNED =
      Pattern.compile("(?<![\\p{L}])(?:" + WORDS.get("topic_unsigned") + ")(?![\\p{L}])");

  /** A preposition of place right before a place (linker-words.tsv place_of_signing). */
  private static final Pattern PLACE_OF_SIGNING =
      Pattern.compile("(?<![\\p{L}])(?:" + WORDS.get("place_of_signing") + ")\\s+$");

  private static final Pattern STOP =
      Pattern.compile("(?:" + WORDS.get("topic_stops") + ")(?![\\p{L}])");

  private static final List<String> KINDS =
      Stream.of(
              "kind_agreement",
              "kind_protocol",
              "kind_memorandum",
              "kind_declaration",
              "kind_convention",
              "kind_charter")
          .map(WORDS::get)
          .toList();

  /** The kind list (words separated by |) a description's agreement word belongs to. */
  private static String kindOf(String word) {
    for (String k : KINDS) {
      for (String w : k.split("\\|")) {
        if (word.startsWith(w)) {
          return k;
        }
      }
    }
    return null;
  }

  /**
   * An agreement named by what it is about, a named thing the gazetteer holds (an intergovernmental
   * agreement on TAPI, the agreement on the lease of the Baikonur complex, соглашение об аренде
   * комплекса «Байконур»): an agreement word, a word opening its topic, and within six words
   * (before any punctuation) a facility, place, initiative or organisation. The known agreements
   * whose names hold one of that thing's names and a word of the description's kind (a treaty and
   * an agreement are one kind) fit; of those, an agreement whose names hold states or blocs is
   * meant only when the sentence names them as {@link #withParties} asks. Exactly one agreement
   * left links the agreement word; two, or none, link nothing. A draft (проект соглашения) is no
   * known agreement.
   */
  void agreementsByTopicActor(String v, List<Mention> out) {
    Matcher m = TOPIC_ACTOR.matcher(v);
    while (m.find()) {
      int b = m.start(m.group(1) != null ? 1 : 2);
      int e = m.end(m.group(1) != null ? 1 : 2);
      while (e < v.length() && Character.isLetter(v.charAt(e))) {
        e++;
      }
      if (overlaps(out, b, e)) {
        continue; // a name covers the agreement word
      }
      String before = v.substring(Math.max(0, b - 30), b);
      String[] bw = before.strip().split("\\s+");
      String near = String.join(" ", Arrays.copyOfRange(bw, Math.max(0, bw.length - 2), bw.length));
      if (UNSIGNED.matcher(near).find()) {
        continue; // a draft agreement on TAPI: not the signed one
      }
      int to = m.end();
      int words = 0;
      while (to < v.length() && ",.;:()，。；".indexOf(v.charAt(to)) < 0 && words < 7) {
        if (Character.isWhitespace(v.charAt(to))) {
          words++;
          if (STOP.matcher(v).region(to + 1, v.length()).lookingAt()) {
            break; // an agreement on free trade with the EAEU: the EAEU is a party, not the topic
          }
        }
        to++;
      }
      int from = m.end();
      int end = to;
      Mention topic =
          out.stream()
              .filter(x -> x.begin() >= from && x.end() <= end)
              .filter(x -> TOPIC_LABELS.contains(x.actor().label()))
              .min(Comparator.comparingInt(Mention::begin))
              .orElse(null);
      if (topic == null
          || out.stream()
              .anyMatch(
                  x ->
                      x.actor().label().equals("Agreement")
                          && x.begin() >= b
                          && x.begin() < topic.end())) {
        continue; // no named topic, or an agreement already linked there
      }
      if (topic.actor().label().equals("Place")
          && PLACE_OF_SIGNING
              .matcher(v.substring(Math.max(0, topic.begin() - 5), topic.begin()))
              .find()) {
        continue; // a treaty on strategic partnership in Ashgabat: where it was signed, not what
        // it is about (not the Ashgabat Agreement)
      }
      String kind = kindOf(m.group(1) != null ? m.group(1) : m.group(2));
      List<Pattern> topicNames =
          names(topic.actor()).stream()
              .filter(n -> n.length() >= 3)
              .map(AgreementDescriptions::wordPattern)
              .toList();
      List<Pattern> kindWords =
          Arrays.stream(kind.split("\\|"))
              .map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w)))
              .toList();
      List<Actor> fits =
          agreements.stream()
              .filter(
                  a ->
                      names(a).stream()
                          .anyMatch(
                              n ->
                                  topicNames.stream()
                                      .map(t -> t.matcher(n).replaceAll(" "))
                                      .filter(r -> r.length() < n.length())
                                      .anyMatch(
                                          r ->
                                              kindWords.stream()
                                                  .anyMatch(k -> k.matcher(r).find()))))
              .toList();
      if (fits.isEmpty()) {
        continue;
      }
      List<Mention> parties =
          parties(out).stream().filter(x -> !x.actor().id().equals(topic.actor().id())).toList();
      List<Actor> found =
          fits.stream()
              .filter(
                  a ->
                      partyIds(a, topic.actor()).isEmpty()
                          || withParties(List.of(a), parties).size() == 1)
              .toList();
      found = known(found, v, true);
      if (found.size() == 1) {
        out.add(new Mention(found.get(0), b, e, "name", 0.9));
      }
    }
  }

  /**
   * A name as a pattern between non-letters; a Cyrillic word of five letters or more loses its last
   * two, taking any ending (Евразийского экономического союза, о Евразийском экономическом союзе).
   */
  private static Pattern wordPattern(String name) {
    StringBuilder p = new StringBuilder("(?<![\\p{L}])");
    String[] w = name.split("\\s+");
    for (int i = 0; i < w.length; i++) {
      if (i > 0) {
        p.append("\\s+");
      }
      if (w[i].length() >= 5
          && w[i].chars()
              .allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
        p.append(Pattern.quote(w[i].substring(0, w[i].length() - 2))).append("[а-яё]{0,4}");
      } else if (w[i].length() == 4 && w[i].matches("[а-яё]+")) {
        p.append(Pattern.quote(w[i])).append("[а-яё]{0,3}"); // союз, союза, союзе
      } else {
        p.append(Pattern.quote(w[i]));
      }
    }
    return Pattern.compile(p.append("(?![\\p{L}])").toString());
  }

  private final Map<String, Set<String>> partyIds = new HashMap<>();

  /**
   * The states and blocs an agreement's names hold (Agreement on the Lease of the Baikonur Complex
   * (Russia-Kazakhstan): Russia and Kazakhstan), but for its topic.
   */
  private Set<String> partyIds(Actor agreement, Actor topic) {
    Set<String> ids =
        partyIds.computeIfAbsent(
            agreement.id(),
            id -> {
              String joined = String.join(" | ", names(agreement));
              Set<String> in = new HashSet<>();
              for (Actor p : byId.values()) {
                if (PARTY_LABELS.contains(p.label())
                    && partiesNamed(joined, List.of(new Mention(p, 0, 0, "name", 1.0))) == 1) {
                  in.add(p.id());
                }
              }
              return in;
            });
    Set<String> out = new HashSet<>(ids);
    out.remove(topic.id());
    return out;
  }

  /**
   * Chinese: the topic comes before the agreement word (簽署互免簽證協定, 關於互免簽證的協定, 夥伴關係與合作協定): the
   * longest run of characters right before the word (and a 的 between) that a known agreement's name
   * holds before a word of the same kind (協定 and 協議 alike) is the topic; of the agreements it fits,
   * the one whose names hold the sentence's parties, as {@link #agreementsByTopicRu} asks, is
   * meant. A shorter topic is never tried once a longer one fits a name (軍事技術合作協定 is not any 合作協定
   * of the same parties).
   */
  void agreementsByTopicZh(String v, List<Mention> out) {
    Matcher m = HEAD_ZH.matcher(v);
    List<Mention> parties = parties(out);
    while (m.find()) {
      int hb = m.start();
      int he = m.end();
      if (overlaps(out, hb, he)) {
        continue; // a name covers the agreement word
      }
      int te = hb > 0 && v.charAt(hb - 1) == '的' ? hb - 1 : hb;
      int rs = te;
      while (rs > 0 && te - rs < 30 && topicChar(v.charAt(rs - 1)) && !covered(out, rs - 1)) {
        rs--;
      }
      String kind = HEAD_KINDS.getOrDefault(m.group(), Pattern.quote(m.group()));
      for (int k = rs; k <= te - 2; k++) {
        String topic = v.substring(k, te);
        if (GENERIC_TOPICS_ZH.contains(topic)) {
          break; // 分別簽署了合作協議: cooperation is every agreement's topic, it names none
        }
        Pattern named = Pattern.compile(Pattern.quote(topic) + "的?(?:" + kind + ")");
        List<Actor> fits =
            agreements.stream()
                .filter(a -> names(a).stream().anyMatch(n -> named.matcher(n).find()))
                .toList();
        if (fits.isEmpty()) {
          continue;
        }
        int from = Math.max(v.lastIndexOf('，', k), v.lastIndexOf('；', k)) + 1;
        int to = clauseEndZh(v, he);
        List<Mention> signers = withoutOnlookers(v, parties, he, to);
        List<Mention> inClause =
            signers.stream().filter(x -> x.begin() >= from && x.end() <= to).toList();
        List<Actor> found = withParties(fits, inClause);
        found = known(found, v, true);
        if (found.size() != 1) {
          found = withParties(fits, signers);
        }
        found = known(found, v, true);
        if (found.size() == 1) {
          out.add(new Mention(found.get(0), k, he, "name", 0.9));
        }
        break; // the longest topic a name holds: no shorter guess
      }
    }
  }

  /**
   * The gazetteer's agreements of {@code found} when it holds any, else {@code found}: a name
   * discovered in some paper of the corpus (中吉烏鐵路政府間協定) does not make a description that fits a
   * known agreement (關於合作建設中吉烏鐵路的協議) ambiguous; it is meant only where no known one fits. Not when
   * a discovered one fits the sentence's year better (2024年…中吉烏鐵路的協定 is not the agreement of 2022):
   * then no guess. Where nothing checked the parties ({@code partiesChecked} false), the known one
   * is preferred only when its name holds the sentence's year.
   */
  private static List<Actor> known(List<Actor> found, String v, boolean partiesChecked) {
    List<Actor> k = found.stream().filter(a -> !a.discovered()).toList();
    if (k.isEmpty() || k.size() == found.size()) {
      return found;
    }
    Set<String> years = years(v);
    int bestKnown = k.stream().mapToInt(a -> yearFit(a, years)).max().orElse(0);
    int bestDiscovered =
        found.stream().filter(Actor::discovered).mapToInt(a -> yearFit(a, years)).max().orElse(0);
    if (bestDiscovered > bestKnown || (!partiesChecked && bestKnown < 2)) {
      return found;
    }
    return k;
  }

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

  private static Set<String> years(String text) {
    Set<String> y = new HashSet<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      y.add(m.group());
    }
    return y;
  }

  /**
   * How an agreement's names agree with the sentence's years: 2 when they hold one of them, 0 when
   * they hold only other years, 1 when they hold none (or the sentence names none).
   */
  private static int yearFit(Actor a, Set<String> years) {
    if (years.isEmpty()) {
      return 1;
    }
    Set<String> own = years(String.join(" ", a.names()));
    if (own.isEmpty()) {
      return 1;
    }
    return own.stream().anyMatch(years::contains) ? 2 : 0;
  }

  /** What a Chinese topic is made of: ideographs and digits, no punctuation or quotes. */
  private static boolean topicChar(char c) {
    return Character.isIdeographic(c) || Character.isDigit(c);
  }

  private static boolean covered(List<Mention> out, int at) {
    return overlaps(out, at, at + 1);
  }

  /** Whether a mention already covers part of [b, e) (a name on the agreement word). */
  private static boolean overlaps(List<Mention> out, int b, int e) {
    return out.stream().anyMatch(x -> x.begin() < e && b < x.end());
  }

  /**
   * The parties but those that only take a stance on the signing (哈薩克對俄羅斯與烏茲別克簽署同盟關係條約表示歡迎:
   * Kazakhstan welcomes it and is no party): a party right before 對 (对, 对于) when the clause goes on
   * past the agreement word {@code he} to 表示 or 表达 and a stance (歡迎, 讚賞, 關切, 不滿 …).
   */
  private static List<Mention> withoutOnlookers(String v, List<Mention> parties, int he, int to) {
    if (he > to || !ONLOOKER_STANCE.matcher(v.substring(he, to)).find()) {
      return parties;
    }
    return parties.stream().filter(x -> x.end() >= he || !v.startsWith("对", x.end())).toList();
  }

  /** A stance taken after the agreement word, in the Simplified view. */
  private static final Pattern ONLOOKER_STANCE =
      Pattern.compile("(?:表示|表达|感到)[^，；。]{0,4}?(?:欢迎|赞赏|赞扬|祝贺|关切|关注|不满|担忧|忧虑|遗憾|反对|支持|肯定)");

  private static int clauseEndZh(String v, int at) {
    int e = v.length();
    for (char c : new char[] {'，', '；', '。'}) {
      int i = v.indexOf(c, at);
      if (i >= 0) {
        e = Math.min(e, i);
      }
    }
    return e;
  }

  /**
   * The states and blocs the sentence names, and for a person the state the gazetteer gives as
   * theirs (托卡耶夫與習近平簽署…).
   */
  private List<Mention> parties(List<Mention> out) {
    List<Mention> parties = new ArrayList<>();
    for (Mention x : out) {
      Actor a = x.actor();
      if (PARTY_LABELS.contains(a.label())) {
        parties.add(x);
      } else if (a.label().equals("Person") && a.partOf() != null && byId.containsKey(a.partOf())) {
        parties.add(new Mention(byId.get(a.partOf()), x.begin(), x.end(), x.method(), 1.0));
      }
    }
    return parties;
  }

  /**
   * A Chinese agreement word (keyed: Simplified). 谅解备忘录 is one word: its 谅解 is no topic
   * (签署了关于关键原材料的谅解备忘录 fitted every 谅解备忘录 of two of its parties).
   */
  private static final Pattern HEAD_ZH =
      Pattern.compile("联合声明|声明|宣言|协定|协议|条约|公约|谅解备忘录|备忘录|宪章|章程|议定书");

  /**
   * Topics every agreement of its kind has (keyed: Simplified): 中國與俄羅斯、哈薩克分別簽署了合作協議 is no
   * 俄哈軍事技術合作協定, though that name holds 合作協定 and two of the sentence's parties.
   */
  private static final Set<String> GENERIC_TOPICS_ZH = Set.of("合作", "双边合作", "各领域合作");

  /** Words of one kind: a name may write the other. */
  private static final Map<String, String> HEAD_KINDS =
      Map.of(
          "协定", "协定|协议",
          "协议", "协定|协议",
          "声明", "联合声明|声明",
          "宪章", "宪章|章程",
          "章程", "宪章|章程",
          "谅解备忘录", "谅解备忘录|备忘录");

  /**
   * The treaty establishing the Eurasian Economic Union, the treaty creating a nuclear-weapon-free
   * zone in Central Asia: an agreement word and what the agreement founds, which a known
   * agreement's name of that word holds (Treaty on the Eurasian Economic Union, Treaty on a
   * Nuclear-Weapon-Free Zone in Central Asia). The longest run of words after the verb (two at
   * least) that exactly one such agreement's name holds links the agreement word to it. Not when it
   * founds a known organisation: signing that treaty is membership, read from the organisation.
   */
  void agreementsByPurpose(String v, List<Mention> out) {
    Matcher m = PURPOSE.matcher(v);
    while (m.find()) {
      int b = m.start(1);
      int e = m.end(1);
      if (overlaps(out, b, e)) {
        continue; // a name covers the agreement word
      }
      int from = m.start(2);
      if (out.stream()
          .anyMatch(
              x ->
                  x.begin() >= from
                      && x.begin() < from + 4
                      && x.actor().label().equals("Organization"))) {
        continue; // the treaty establishing the EAEU: its founders are the organisation's members,
        // which the rules read (an agreement word linked there cost written-train MEMBER_OF 3)
      }
      String kind = m.group(1).replaceAll("s$", "");
      String[] words = m.group(2).strip().split("\\s+");
      for (int n = words.length; n >= 2; n--) {
        String phrase = String.join(" ", Arrays.copyOfRange(words, 0, n));
        List<Actor> found =
            agreements.stream()
                .filter(
                    a ->
                        a.names().stream()
                            .map(Linker::key)
                            .anyMatch(k -> k.startsWith(kind) && k.contains(phrase)))
                .toList();
        found = known(found, v, false);
        if (found.size() == 1) {
          out.add(new Mention(found.get(0), b, e, "name", 0.9));
          break;
        }
        if (found.size() > 1) {
          break; // two agreements found the same: no guess
        }
      }
    }
  }

  /**
   * A treaty on allied relations with Russia: an agreement word, "on" and a topic of two words or
   * more, which a known agreement's name of that word holds ("Treaty on Allied Relations between
   * Russia and Uzbekistan"), when the sentence names one of the parties that name holds (a topic
   * alone, an agreement on strategic partnership, fits many pairs of states). The agreement word
   * links to the one agreement left.
   */
  void agreementsByTopic(String v, List<Mention> out) {
    Matcher m = TOPIC.matcher(v);
    while (m.find()) {
      int b = m.start(1);
      int e = m.end(1);
      if (overlaps(out, b, e)) {
        continue; // a name covers the agreement word
      }
      // articles aside: a declaration on strategic partnership is the Declaration on the
      // Strategic Partnership … between the United States and Uzbekistan
      String phrase = withoutArticles(m.group(1) + " on " + m.group(2).strip());
      if (phrase.split("\\s+").length < 4) {
        continue; // "treaty on" and two words of topic at least
      }
      long named =
          out.stream()
              .filter(x -> PARTY_LABELS.contains(x.actor().label()))
              .map(x -> x.actor().id())
              .distinct()
              .count();
      List<Actor> found =
          agreements.stream()
              .filter(
                  a ->
                      names(a).stream()
                          .anyMatch(
                              k -> {
                                if (!withoutArticles(k).contains(phrase)) {
                                  return false; // first: counting the parties is the dear part
                                }
                                int p = partiesNamed(k, out);
                                return p >= 1 && (p >= 2 || named == 1);
                              }))
              .distinct()
              .toList();
      found = known(found, v, true);
      if (found.size() == 1) {
        // the description is the agreement's name here, topic words and all (a treaty on allied
        // relations: the rules read what kind of agreement it is from the placeholder)
        out.add(new Mention(found.get(0), b, m.end(2), "name", 0.9));
      }
    }
  }

  /**
   * Russian: an agreement word in any case, о or об and its topic (договора о союзническом
   * взаимодействии, соглашение о расширенном партнёрстве и сотрудничестве): the topic stays in the
   * prepositional whatever the case of the agreement word, so a known agreement whose name holds
   * the word's stem, о and the topic (two words or more: the longest that some name holds) is the
   * one meant, when the sentence names its parties as {@link #agreementsByTopic} asks. Its names
   * are read together for the parties (the Russian name holds the topic, the English one the
   * states); a person stands for the state the gazetteer gives as theirs (Жапаров и Рахмон
   * подписали договор).
   */
  void agreementsByTopicRu(String v, List<Mention> out) {
    Matcher m = TOPIC_RU.matcher(v);
    while (m.find()) {
      int b = m.start(1);
      if (overlaps(out, b, m.end(1))) {
        continue; // a name covers the agreement word
      }
      List<Mention> parties = parties(out);
      String[] words = m.group(2).strip().split("\\s+");
      for (int n = words.length; n >= 3; n--) { // о and two words of topic at least
        String topic = String.join(" ", Arrays.copyOf(words, n));
        Pattern named1 =
            Pattern.compile(
                "(?<![\\p{L}])"
                    + Pattern.quote(m.group(1))
                    + "[а-яё]*\\s+"
                    + Pattern.quote(topic)
                    + "(?![\\p{L}])");
        List<Actor> fits =
            agreements.stream()
                .filter(a -> names(a).stream().anyMatch(k -> named1.matcher(k).find()))
                .distinct()
                .toList();
        // the parties of the description's own clause first (Между Казахстаном и Узбекистаном был
        // подписан договор о…, а с Россией аналогичный…), then of the sentence
        int from = Math.max(v.lastIndexOf(',', b), v.lastIndexOf(';', b)) + 1;
        int to = clauseEnd(v, m.end(2));
        List<Mention> inClause =
            parties.stream().filter(x -> x.begin() >= from && x.end() <= to).toList();
        List<Actor> found = withParties(fits, inClause);
        found = known(found, v, true);
        if (found.size() != 1) {
          // the sentence's parties, but never an agreement lacking a party the description's own
          // clause names (Казахстан подписал с Узбекистаном договор о дружбе, а ранее — с Китаем:
          // not
          // the China–Uzbekistan treaty)
          long own =
              inClause.stream()
                  .filter(x -> PARTY_LABELS.contains(x.actor().label()))
                  .map(x -> x.actor().id())
                  .distinct()
                  .count();
          found =
              withParties(fits, parties).stream()
                  .filter(a -> partiesNamed(String.join(" | ", names(a)), inClause) == own)
                  .toList();
        }
        int end = m.start(2) + m.group(2).indexOf(topic) + topic.length();
        if (overlaps(out, b, end)) {
          continue; // a name inside: the topic is shorter
        }
        found = known(found, v, true);
        if (found.size() == 1) {
          out.add(new Mention(found.get(0), b, end, "name", 0.9));
          break;
        }
        if (found.size() > 1) {
          break; // two agreements fit: no guess
        }
      }
    }
  }

  /**
   * The agreements whose names hold the parties {@code parties} name, as agreementsByTopic asks.
   */
  private List<Actor> withParties(List<Actor> fits, List<Mention> parties) {
    long named = parties.stream().map(x -> x.actor().id()).distinct().count();
    return fits.stream()
        .filter(
            a -> {
              int p = partiesNamed(String.join(" | ", names(a)), parties);
              return p >= 1 && (p >= 2 || named == 1);
            })
        .toList();
  }

  private static int clauseEnd(String v, int at) {
    int c = v.indexOf(',', at);
    int sc = v.indexOf(';', at);
    int e = v.length();
    if (c >= 0) {
      e = Math.min(e, c);
    }
    if (sc >= 0) {
      e = Math.min(e, sc);
    }
    return e;
  }

  private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{L}])(?:the|a|an)\\s+");

  private static String withoutArticles(String k) {
    return ARTICLE.matcher(k).replaceAll("");
  }

  private static final Pattern TOPIC_RU =
      Pattern.compile(
          "(?<![\\p{L}])(договор(?![иёюя])|соглашени|деклараци|меморандум|харти|конвенци|протокол)[а-яё]*"
              + "\\s+(об?(?:\\s+[а-яё-]+){2,8})");

  /**
   * An actor's name and aliases in the matching view ({@link Linker#key}), kept per actor: every
   * description tries every known agreement's names against every party's names. Filled as actors
   * are met, so synchronized: a linker shared by threads stays safe (graph-spark keeps one a thread
   * today).
   */
  private final Map<Actor, List<String>> keyed =
      java.util.Collections.synchronizedMap(new IdentityHashMap<>());

  private List<String> names(Actor a) {
    List<String> n = keyed.get(a);
    if (n == null) {
      List<String> k = new ArrayList<>();
      k.add(Linker.key(a.name()));
      a.aliases().forEach(x -> k.add(Linker.key(x)));
      n = List.copyOf(k);
      keyed.put(a, n);
    }
    return n;
  }

  private static final Set<String> PARTY_LABELS = Set.of("Country", "Organization");

  /**
   * How many of the states and blocs the sentence names an agreement's (keyed) name holds: all the
   * sentence's parties, or two of them, must be the agreement's (Tajikistan signed a treaty on
   * allied relations with Russia is not Uzbekistan's treaty with Russia).
   */
  private int partiesNamed(String name, List<Mention> out) {
    Set<String> in = new HashSet<>();
    for (Mention x : out) {
      if (!PARTY_LABELS.contains(x.actor().label())) {
        continue;
      }
      for (String n : names(x.actor())) {
        boolean han = n.chars().anyMatch(Character::isIdeographic);
        if (han ? n.length() >= 2 && name.contains(n) : n.length() >= 3 && word(name, n)) {
          in.add(x.actor().id());
          break;
        }
      }
    }
    return in.size();
  }

  /**
   * Whether {@code name} holds {@code n} between non-letters, as {@code (?<![\p{L}])n(?![\p{L}])}
   * finds it, without compiling a pattern per name.
   */
  static boolean word(String name, String n) {
    for (int i = name.indexOf(n); i >= 0; i = name.indexOf(n, i + 1)) {
      int e = i + n.length();
      if ((i == 0 || !Character.isLetter(Character.codePointAt(name, i - 1)))
          && (e == name.length() || !Character.isLetter(Character.codePointAt(name, e)))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern TOPIC =
      Pattern.compile(
          "(?<![\\p{L}])(?:the|this|a|an)\\s+(treaty|agreement|declaration|convention|charter|memorandum|protocol)"
              + "\\s+on\\s+((?:the\\s+)?[\\p{L}][\\p{L}'’ -]{3,80}?)"
              + "(?=\\s+(?:with|between|in|at|on|of|and|that|which|for|to)\\s|[,.;:()]|$)");

  private static final Pattern PURPOSE =
      Pattern.compile(
          "(?<![\\p{L}])(?:the|this|a)\\s+(treaty|agreement|convention|charter)\\s+"
              + "(?:(?:in|at)\\s+[\\p{L}\\d-]+\\s+)?" // a treaty in Semipalatinsk establishing …
              + "(?:establishing|creating|founding|setting up|that (?:established|created|founded|set up))"
              + "\\s+(?:(?:the|a|an)\\s+)?([\\p{L}][\\p{L}\\d'’ -]{3,100})");

  /** A similar-kind word before an agreement word, in any of the three scripts (keyed view). */
  private static final Pattern SIMILAR =
      Pattern.compile(
          "(?<![a-zа-яё])(?:" // a Chinese word stands glued to what precedes it
              + WORDS.get("agreement_similar")
              + ")[а-яё]*\\s*的?\\s*(?:("
              + WORDS.get("topic_kinds_en")
              + ")|("
              + WORDS.get("topic_kinds_ru")
              + ")[а-яё]*|("
              + HEAD_ZH.pattern()
              + "))");

  private static final Pattern BARE_EN =
      Pattern.compile(
          "(?<![\\p{L}])(?:the|a)\\s+("
              + WORDS.get("topic_kinds_en")
              + ")(?![\\p{L}])(?!\\s+(?:on|of|about|between|with|for|to|establishing|creating|founding)\\s)");

  /** Chinese agreement words for a description by kind: the words of {@link #HEAD_ZH} and 文件. */
  private static final Pattern KIND_HEAD_ZH = Pattern.compile(HEAD_ZH.pattern() + "|文件");

  /**
   * An English description by kind: its determiner, up to five words, the agreement word. The words
   * hold no determiner of their own, so the description opens at the last one before the agreement
   * word (the three governments signed an intergovernmental agreement: "intergovernmental
   * agreement", not a span from "three" over the count a reference reads).
   */
  private static final Pattern KIND_HEAD_EN =
      Pattern.compile(
          "(?<![\\p{L}])(?:the|a|an|this|its|their)\\s+((?:(?!(?:the|a|an|this|its|their)\\s)[\\p{L}'’-]+\\s+){0,5}?)("
              + WORDS.get("topic_kinds_en")
              + ")(?![\\p{L}])");
}
