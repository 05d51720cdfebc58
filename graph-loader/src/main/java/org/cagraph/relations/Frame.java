package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cagraph.actors.Linker;

/**
 * A verb frame of {@code data/rules/frames.tsv}: a trigger word and where, in the dependency parse,
 * its subject and object stand. Frames read what no character pattern can see from a distance: the
 * subject of a verb across a long modifier, an object coordinated with others, a passive agent.
 */
record Frame(
    String predicate,
    String name,
    Set<String> triggers,
    Set<String> verbLemmas,
    List<Slot> subject,
    List<Slot> object,
    String subjectTypes,
    String objectTypes,
    String role) {

  /**
   * One place an actor may stand: a dependent of the trigger (or, with {@code up}, of the trigger's
   * governor) by one of {@code relations}, whose own case marker is one of {@code cases} when those
   * are given; or, with {@code head}, the trigger's governor itself when the trigger hangs from it
   * by one of {@code relations} (an appositive, a relative clause, a participle, a modifier).
   */
  record Slot(
      boolean up, boolean head, Set<String> relations, Set<String> cases, Set<String> words) {
    static List<Slot> parse(String spec, String where) {
      List<Slot> out = new ArrayList<>();
      for (String alt : spec.split(";")) {
        String a = alt.strip();
        boolean up = a.startsWith("^");
        boolean head = a.startsWith("@");
        if (up || head) {
          a = a.substring(1);
        }
        // rel=w1,w2: the dependent must be one of these nouns, and stands for its modifier
        // (hosts a Russian "base": obj=base,bases reads Russia)
        int eq = a.indexOf('=');
        String words = eq < 0 ? "" : a.substring(eq + 1);
        if (eq >= 0) {
          a = a.substring(0, eq);
        }
        int slash = a.indexOf('/');
        String rels = slash < 0 ? a : a.substring(0, slash);
        String cases = slash < 0 ? "" : a.substring(slash + 1);
        if (rels.isEmpty()
            || !rels.matches("[a-z:,]+")
            || head && (slash >= 0 || eq >= 0)
            || eq >= 0 && !words.matches("[a-z,-]+")) {
          throw new IllegalStateException(
              where
                  + ": slot '"
                  + alt
                  + "': expected [^]relation[,relation][/case,case][=word,word] or"
                  + " @relation[,relation]");
        }
        out.add(
            new Slot(
                up,
                head,
                Set.of(rels.split(",")),
                cases.isEmpty()
                    ? Set.of()
                    : Set.copyOf(
                        java.util.Arrays.stream(cases.split(",")).map(Linker::key).toList()),
                words.isEmpty() ? Set.of() : Set.of(words.split(","))));
      }
      return List.copyOf(out);
    }
  }

  /**
   * The role column that reads the role from the trigger word (roles.lex), {@code $role=v1,v2} when
   * only some values make the relation.
   */
  static final String ROLE_WORD = "$role";

  /**
   * The slot that is the trigger itself: a linked agreement word (the Treaty … between X and Y).
   */
  static final String SELF = "self";

  /** The mark of a trigger that is a verb's lemma: {@code ~head} is heads, headed, heading. */
  static final String LEMMA = "~";

  /**
   * Whether a token triggers the frame: its word is one of the listed forms, or it is a verb whose
   * lemma (CoreNLP's Morphology; {@code lemma} null for other words) is a listed form or a {@code
   * ~lemma}, in either spelling (finalise, finalize). A {@code ~lemma} never matches a noun (the
   * head of state is no {@code ~head}), so that a verb shares no trigger with its noun.
   */
  boolean triggeredBy(String word, String lemma) {
    if (triggers.contains(word)) {
      return true;
    }
    if (lemma == null) {
      return false;
    }
    for (String l : spellings(lemma)) {
      if (triggers.contains(l) || verbLemmas.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A lemma in its British and American spellings: organise, organize; analyse, analyze; neighbour,
   * neighbor (CoreNLP lemmatises neighbouring as neighbor).
   */
  static List<String> spellings(String lemma) {
    for (String[] pair : SPELLINGS) {
      for (int k = 0; k < 2; k++) {
        if (lemma.endsWith(pair[k])) {
          return List.of(
              lemma, lemma.substring(0, lemma.length() - pair[k].length()) + pair[1 - k]);
        }
      }
    }
    return List.of(lemma);
  }

  /** British and American endings of one lemma, the longer first where one ends the other. */
  private static final String[][] SPELLINGS = {
    {"ise", "ize"}, {"yse", "yze"}, {"our", "or"},
  };

  boolean readsRole() {
    return role != null && role.startsWith(ROLE_WORD);
  }

  /** The role values a {@code $role=…} frame accepts; empty: any. */
  Set<String> roleValues() {
    int eq = role == null ? -1 : role.indexOf('=');
    return eq < 0 ? Set.of() : Set.of(role.substring(eq + 1).split(","));
  }

  boolean accepts(boolean subjectSlot, char typeCode) {
    String t = subjectSlot ? subjectTypes : objectTypes;
    return t.equals("*") || t.indexOf(typeCode) >= 0;
  }

  static Frame parse(String line, String where) {
    String[] c = line.split("\t");
    if (c.length != 8) {
      throw new IllegalStateException(
          where
              + ": expected type, name, triggers, subject, object, subject types, object "
              + "types, role separated by tabs");
    }
    if (!RuleSet.TYPES.contains(c[0].strip())) {
      throw new IllegalStateException(where + ": unknown relation type " + c[0]);
    }
    List<String> all = java.util.Arrays.stream(c[2].split("\\|")).map(String::strip).toList();
    Set<String> triggers =
        Set.copyOf(all.stream().filter(w -> !w.startsWith(LEMMA)).map(Linker::key).toList());
    Set<String> verbLemmas =
        Set.copyOf(
            all.stream()
                .filter(w -> w.startsWith(LEMMA))
                .map(w -> Linker.key(w.substring(LEMMA.length())))
                .toList());
    return new Frame(
        c[0].strip(),
        c[1].strip(),
        triggers,
        verbLemmas,
        Slot.parse(c[3], where),
        Slot.parse(c[4], where),
        c[5].strip(),
        c[6].strip(),
        c[7].strip().equals("-") ? null : c[7].strip());
  }
}
