package org.cagraph.relations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.data.DataFiles;
import org.cagraph.nlp.Dependency;
import org.cagraph.nlp.Token;

/**
 * The dependency-path reader of {@code data/rules/paths.tsv} (English): for two linked actors of a
 * sentence, the shortest path between them in the parse, read as a relation when it is short (at
 * most {@link #MAX_ARCS} arcs), crosses no clause boundary the trigger is not in, and passes
 * through a trigger lemma of the type (or a verb whose object is one: imposed sanctions). Where the
 * frames name each slot of each trigger, the path reader asks only that both actors stand on one of
 * the trigger's argument arcs, so that a trigger it knows reads the shapes no frame was written
 * for. The engine reads the status of the trigger's clause exactly as for frames.
 */
final class PathReader {
  static final String FILE = "rules/paths.tsv";

  private static final boolean DEBUG = Boolean.getBoolean("kg.paths.debug");

  /** The longest path read, in arcs. */
  static final int MAX_ARCS = 4;

  /** How a type's order is read: from the parse, from the actor types, or not at all. */
  enum Direction {
    PARSE,
    TYPES,
    SYMMETRIC
  }

  /** One line of the file. */
  record Type(
      String predicate,
      Set<String> lemmas,
      String subjectTypes,
      String objectTypes,
      Direction direction,
      String role,
      Map<String, String> roles,
      Set<String> agents,
      Set<String> inverse) {
    /** The role a fact this trigger lemma reads takes (null: none). */
    String role(String lemma) {
      return roles.getOrDefault(lemma, role);
    }

    boolean accepts(boolean subject, char c) {
      return (subject ? subjectTypes : objectTypes).indexOf(c) >= 0;
    }
  }

  /**
   * A relation a path reads: its type, the trigger token, the verb whose object the trigger is (-1:
   * none), the path's nodes between the two actors, and the pair in order.
   */
  record Reading(
      String predicate,
      String role,
      int trigger,
      int verb,
      List<Integer> inside,
      Actor subject,
      Actor object) {}

  /** The parse as the reader walks it: each token's governor, relation and dependents. */
  record Tree(int[] governor, String[] relation, List<List<Dependency>> children) {
    static Tree of(int n, List<Dependency> dependencies) {
      int[] governor = new int[n];
      String[] relation = new String[n];
      List<List<Dependency>> children = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        children.add(new ArrayList<>());
        governor[i] = -1;
      }
      for (Dependency d : dependencies) {
        if (d.dependent() >= 0 && d.dependent() < n) {
          governor[d.dependent()] = d.governor();
          relation[d.dependent()] = d.relation();
          if (d.governor() >= 0 && d.governor() < n) {
            children.get(d.governor()).add(d);
          }
        }
      }
      return new Tree(governor, relation, children);
    }
  }

  private final List<Type> types;
  private final Map<String, List<Type>> byLemma = new HashMap<>();

  PathReader(List<Type> types) {
    this.types = List.copyOf(types);
    for (Type t : types) {
      for (String l : t.lemmas()) {
        byLemma.computeIfAbsent(l, k -> new ArrayList<>()).add(t);
      }
    }
  }

  boolean isEmpty() {
    return types.isEmpty();
  }

  List<Type> types() {
    return types;
  }

  static PathReader load() {
    List<Type> out = new ArrayList<>();
    int n = 0;
    for (String line : DataFiles.lines(FILE)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      String where = "data/" + FILE + ":" + n;
      if (c.length != 6) {
        throw new IllegalStateException(
            where + ": expected type, lemmas, subject types, object types, direction, role (tabs)");
      }
      if (!RuleSet.TYPES.contains(c[0].strip())) {
        throw new IllegalStateException(where + ": unknown relation type " + c[0]);
      }
      if (!c[4].strip().matches("parse|types|symmetric")) {
        throw new IllegalStateException(where + ": direction is parse, types or symmetric");
      }
      Direction d = Direction.valueOf(c[4].strip().toUpperCase(java.util.Locale.ROOT));
      if (d == Direction.SYMMETRIC && !RuleSet.SYMMETRIC.contains(c[0].strip())) {
        throw new IllegalStateException(where + ": " + c[0] + " is not symmetric");
      }
      Map<String, String> roles = new HashMap<>();
      List<String> lemmas = new ArrayList<>();
      Set<String> agents = new java.util.HashSet<>();
      Set<String> inverse = new java.util.HashSet<>();
      for (String w : c[1].split("\\|")) {
        String[] lr = w.strip().split("=", 2);
        if (lr[0].endsWith("!")) {
          lr[0] = lr[0].substring(0, lr[0].length() - 1);
          inverse.add(Linker.key(lr[0]));
        }
        if (lr[0].endsWith("*")) {
          lr[0] = lr[0].substring(0, lr[0].length() - 1);
          agents.add(Linker.key(lr[0]));
        }
        lemmas.add(Linker.key(lr[0]));
        if (lr.length == 2) {
          roles.put(Linker.key(lr[0]), lr[1]);
        }
      }
      out.add(
          new Type(
              c[0].strip(),
              Set.copyOf(lemmas),
              c[2].strip(),
              c[3].strip(),
              d,
              c[5].strip().equals("-") ? null : c[5].strip(),
              Map.copyOf(roles),
              Set.copyOf(agents),
              Set.copyOf(inverse)));
    }
    return new PathReader(out);
  }

  /** Arcs a path may take: arguments, modifiers, coordination, and the clauses a trigger is in. */
  private static final Set<String> ARCS =
      Set.of(
          "nsubj",
          "nsubj:pass",
          "obj",
          "iobj",
          "obl",
          "obl:agent",
          "nmod",
          "nmod:poss",
          "compound",
          "amod",
          "appos",
          "conj",
          "xcomp",
          "acl",
          "acl:relcl");

  /** Verbs through which a noun trigger takes their arguments (data/rules/support-verbs.lex). */
  private static final Set<String> SUPPORT =
      Set.copyOf(DataFiles.entries("rules/support-verbs.lex").stream().map(Linker::key).toList());

  /** How a trigger hangs from a verb whose own argument the actor is. */
  private static final Set<String> VIA_VERB = Set.of("obj", "nsubj:pass", "xcomp", "conj", "nsubj");

  /** Verbs whose subject receives what their object names: Tajikistan received Chinese loans. */
  private static final Set<String> RECEIVE =
      Set.of("receive", "get", "obtain", "accept", "seek", "request", "need", "win", "secure");

  /** Case markers of an argument that stands on a C→C trigger's subject side: aid from China. */
  private static final Set<String> SUBJECT_CASES = Set.of("by", "from");

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");

  private enum Side {
    SUBJ,
    OBJ,
    ARG,
    NONE
  }

  /** One step of a path: the node it reaches, by which relation, down to a dependent or up. */
  private record Step(int node, String relation, boolean down) {}

  /** The lemma of a token for the lexicon: a verb's or a plural noun's by CoreNLP's Morphology. */
  static String lemma(Token tk) {
    if (tk.pos() == null || !LATIN_WORD.matcher(tk.word()).matches()) {
      return null;
    }
    if (tk.pos().startsWith("VB")) {
      return RuleEngine.lemma(tk);
    }
    if (tk.pos().equals("NNS")) {
      return Linker.key(edu.stanford.nlp.process.Morphology.lemmaStatic(tk.word(), tk.pos()));
    }
    return tk.pos().startsWith("NN") ? Linker.key(tk.word()) : null;
  }

  /** What every pair of linked actors' shortest path reads. */
  List<Reading> read(
      List<Token> tokens,
      Tree tree,
      List<Mention> mentions,
      java.util.function.Predicate<Token> standsFor) {
    int n = tokens.size();
    Actor[] anchor = new Actor[n];
    boolean[] named = new boolean[n];
    for (Mention m : mentions) {
      List<Integer> span = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Token tk = tokens.get(i);
        if (m.begin() < tk.end() && tk.begin() < m.end()) {
          span.add(i);
          named[i] = true;
        }
      }
      for (int i : span) {
        if (!span.contains(tree.governor()[i])) {
          if (anchor[i] == null) {
            anchor[i] = m.actor();
          }
          break;
        }
      }
    }
    String[] lemmas = new String[n];
    for (int i = 0; i < n; i++) {
      lemmas[i] = named[i] ? null : lemma(tokens.get(i));
    }
    List<Integer> anchors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (anchor[i] != null) {
        anchors.add(i);
      }
    }
    List<Reading> out = new ArrayList<>();
    for (int x = 0; x < anchors.size(); x++) {
      for (int y = x + 1; y < anchors.size(); y++) {
        int a = anchors.get(x);
        int b = anchors.get(y);
        if (anchor[a].id().equals(anchor[b].id())) {
          continue;
        }
        List<Step> path = path(conjuncts(a, tree, tokens), conjuncts(b, tree, tokens), tree, named);
        if (path == null) {
          continue;
        }
        int before = out.size();
        readPath(path, anchor[a], anchor[b], tokens, tree, named, lemmas, standsFor, out);
        if (DEBUG) {
          StringBuilder sb = new StringBuilder("PATH " + anchor[a].id() + " ~ " + anchor[b].id());
          for (Step st : path) {
            sb.append(' ')
                .append(st.relation() == null ? "" : (st.down() ? "-" : "^") + st.relation() + " ")
                .append(tokens.get(st.node()).word());
          }
          sb.append(" => ").append(out.subList(before, out.size()));
          System.err.println(sb);
        }
      }
    }
    return out;
  }

  /**
   * A token and the nouns it is coordinated under: China in "Russia and China" stands at Russia.
   */
  private static List<Integer> conjuncts(int a, Tree tree, List<Token> tokens) {
    List<Integer> out = new ArrayList<>(List.of(a));
    int v = a;
    for (int k = 0; k < 6 && "conj".equals(tree.relation()[v]) && tree.governor()[v] >= 0; k++) {
      v = tree.governor()[v];
      if (!noun(tokens.get(v))) {
        break;
      }
      out.add(v);
    }
    return out;
  }

  private static boolean noun(Token tk) {
    return tk.pos() != null && (tk.pos().startsWith("NN") || tk.pos().startsWith("PRP"));
  }

  /**
   * The shortest path from any of {@code from} to any of {@code to} over {@link #ARCS}, through no
   * other name: its steps, the first from a start node (its {@code node} the start itself, with no
   * relation), or null when none is {@link #MAX_ARCS} arcs or shorter.
   */
  private static List<Step> path(List<Integer> from, List<Integer> to, Tree tree, boolean[] named) {
    int n = named.length;
    for (int f : from) {
      if (to.contains(f)) {
        return null; // coordinated with each other: co-mention, not a path
      }
    }
    Step[] via = new Step[n];
    int[] prev = new int[n];
    int[] dist = new int[n];
    Arrays.fill(dist, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int f : from) {
      dist[f] = 0;
      prev[f] = -1;
      queue.add(f);
    }
    while (!queue.isEmpty()) {
      int u = queue.poll();
      if (to.contains(u)) {
        List<Step> out = new ArrayList<>();
        for (int v = u; v >= 0; v = prev[v]) {
          out.add(0, via[v] == null ? new Step(v, null, false) : via[v]);
        }
        return out;
      }
      if (dist[u] >= MAX_ARCS || dist[u] > 0 && named[u]) {
        continue; // a path passes through no other name
      }
      List<Step> next = new ArrayList<>();
      int g = tree.governor()[u];
      if (g >= 0 && ARCS.contains(tree.relation()[u])) {
        next.add(new Step(g, tree.relation()[u], false));
      }
      for (Dependency d : tree.children().get(u)) {
        if (ARCS.contains(d.relation())) {
          next.add(new Step(d.dependent(), d.relation(), true));
        }
      }
      for (Step s : next) {
        if (dist[s.node()] < 0) {
          dist[s.node()] = dist[u] + 1;
          prev[s.node()] = u;
          via[s.node()] = s;
          queue.add(s.node());
        }
      }
    }
    return null;
  }

  /** The readings of one path: each trigger inside it, or a verb's object trigger. */
  private void readPath(
      List<Step> path,
      Actor a,
      Actor b,
      List<Token> tokens,
      Tree tree,
      boolean[] named,
      String[] lemmas,
      java.util.function.Predicate<Token> standsFor,
      List<Reading> out) {
    List<Integer> inside = new ArrayList<>();
    for (int m = 1; m + 1 < path.size(); m++) {
      inside.add(path.get(m).node());
    }
    Set<String> done = new java.util.HashSet<>();
    for (int m = 1; m + 1 < path.size(); m++) {
      int t = path.get(m).node();
      List<Step> left = outward(path, m, -1);
      List<Step> right = outward(path, m, 1);
      read(t, -1, left, right, a, b, inside, tokens, tree, lemmas, standsFor, done, out);
      String pos = tokens.get(t).pos();
      if (pos != null && pos.startsWith("VB") && SUPPORT.contains(String.valueOf(lemmas[t]))) {
        // a light verb: Washington imposed sanctions on Moscow, China provided loans to Dushanbe
        for (Dependency d : tree.children().get(t)) {
          int c = d.dependent();
          if (d.relation().equals("obj") && !inside.contains(c) && !named[c]) {
            List<Step> l = new ArrayList<>(List.of(new Step(t, "obj", false)));
            l.addAll(left);
            List<Step> r = new ArrayList<>(List.of(new Step(t, "obj", false)));
            r.addAll(right);
            read(c, t, l, r, a, b, inside, tokens, tree, lemmas, standsFor, done, out);
          }
        }
      }
    }
  }

  /** The steps from the path's node {@code m} toward one end ({@code dir} -1: the first). */
  private static List<Step> outward(List<Step> path, int m, int dir) {
    List<Step> out = new ArrayList<>();
    if (dir > 0) {
      for (int k = m + 1; k < path.size(); k++) {
        out.add(path.get(k));
      }
    } else {
      for (int k = m; k >= 1; k--) {
        Step s = path.get(k); // from node k-1 to k; walked back it goes the other way
        out.add(new Step(path.get(k - 1).node(), s.relation(), !s.down()));
      }
    }
    return out;
  }

  private void read(
      int t,
      int verb,
      List<Step> left,
      List<Step> right,
      Actor a,
      Actor b,
      List<Integer> inside,
      List<Token> tokens,
      Tree tree,
      String[] lemmas,
      java.util.function.Predicate<Token> standsFor,
      Set<String> done,
      List<Reading> out) {
    String lemma = lemmas[t];
    if (lemma == null || !byLemma.containsKey(lemma)) {
      return;
    }
    if (!withinClause(t, left, tokens, tree) || !withinClause(t, right, tokens, tree)) {
      return;
    }
    for (Type type : byLemma.get(lemma)) {
      if (done.contains(type.predicate())) {
        continue;
      }
      boolean directional = type.direction() == Direction.PARSE;
      boolean agent = type.agents().contains(lemma);
      Side sa = side(t, left, tokens, tree, directional, agent, standsFor);
      Side sb = side(t, right, tokens, tree, directional, agent, standsFor);
      if (type.inverse().contains(lemma)) {
        // a verb whose subject is the one acted on: Kyrgyzstan owes China's Exim Bank
        sa = inverse(sa);
        sb = inverse(sb);
      }
      if (sa == Side.NONE || sb == Side.NONE) {
        continue;
      }
      Actor subj = null;
      Actor obj = null;
      boolean ab = type.accepts(true, a.typeCode()) && type.accepts(false, b.typeCode());
      boolean ba = type.accepts(true, b.typeCode()) && type.accepts(false, a.typeCode());
      switch (type.direction()) {
        case PARSE -> {
          if (sa == Side.SUBJ && sb == Side.OBJ && ab) {
            subj = a;
            obj = b;
          } else if (sb == Side.SUBJ && sa == Side.OBJ && ba) {
            subj = b;
            obj = a;
          }
        }
        case TYPES -> {
          if (sa == Side.OBJ && sb == Side.OBJ) {
            // two obliques of one act (signed in Tashkent within the CIS framework): neither is
            // the one who acts
          } else if (ab && !ba) {
            subj = a;
            obj = b;
          } else if (ba && !ab) {
            subj = b;
            obj = a;
          } else if (ab && sa == Side.SUBJ && sb != Side.SUBJ) {
            subj = a;
            obj = b;
          } else if (ab && sb == Side.SUBJ && sa != Side.SUBJ) {
            subj = b;
            obj = a;
          }
        }
        case SYMMETRIC -> {
          if (ab && (sa == Side.OBJ) != (sb == Side.OBJ)) {
            // one actor on each side of the trigger (Kazakhstan's war with Russia), not two
            // obliques (a war with Russia over South Ossetia)
            subj = a;
            obj = b;
          }
        }
      }
      if (subj != null) {
        done.add(type.predicate());
        out.add(
            new Reading(
                type.predicate(), type.role(lemma), t, verb, List.copyOf(inside), subj, obj));
      }
    }
  }

  /**
   * Whether a side's steps stay in the trigger's clause: a relative clause, a participle or a
   * complement is crossed only upward, from the trigger in it to what it describes or the verb it
   * completes (Kazakhstan, which joined; decided to join); verbs coordinated only from a trigger
   * that has no subject of its own (joined the SCO and signed the charter); nouns coordinated
   * anywhere.
   */
  private static boolean withinClause(int t, List<Step> side, List<Token> tokens, Tree tree) {
    int from = t;
    for (int k = 0; k < side.size(); k++) {
      Step s = side.get(k);
      switch (s.relation()) {
        case "acl", "acl:relcl", "xcomp" -> {
          if (s.down()) {
            return false;
          }
        }
        case "conj" -> {
          boolean nouns = noun(tokens.get(from)) && noun(tokens.get(s.node()));
          boolean shared =
              !s.down()
                  && from == t
                  && tree.children().get(t).stream()
                      .noneMatch(d -> d.relation().startsWith("nsubj"));
          if (!nouns && !shared) {
            return false;
          }
        }
        default -> {}
      }
      from = s.node();
    }
    return true;
  }

  private static Side inverse(Side s) {
    return s == Side.SUBJ ? Side.OBJ : s == Side.OBJ ? Side.SUBJ : s;
  }

  /**
   * Which side of the trigger a side's steps put its actor on: its first steps are one of the
   * trigger's argument arcs (or the argument of the verb the trigger is the object of, controlled
   * by or coordinated with); the steps after them may only reach the actor an argument stands for:
   * a coordinated noun, an appositive, the modifier of an agent noun (the Kazakh government, the
   * leaders of Russia). A path that wanders on through other nouns (signed within the CIS
   * framework) is no argument.
   */
  private static Side side(
      int t,
      List<Step> side,
      List<Token> tokens,
      Tree tree,
      boolean directional,
      boolean agentNoun,
      java.util.function.Predicate<Token> standsFor) {
    if (side.isEmpty()) {
      return Side.NONE;
    }
    Step e = side.get(0);
    int argument = !e.down() && VIA_VERB.contains(e.relation()) && side.size() > 1 ? 2 : 1;
    int from = argument == 2 && side.size() > 1 ? side.get(1).node() : e.node();
    for (int k = argument; k < side.size(); k++) {
      Step s = side.get(k);
      boolean agent = standsFor.test(tokens.get(from));
      boolean carries =
          s.down()
              && (s.relation().equals("conj")
                  || s.relation().equals("appos")
                  || agent && Set.of("amod", "compound", "nmod:poss").contains(s.relation())
                  || agent
                      && s.relation().equals("nmod")
                      && hasCase(s.node(), Set.of("of", "from"), tokens, tree));
      if (!carries) {
        return Side.NONE;
      }
      from = s.node();
    }
    return argumentSide(t, side, tokens, tree, directional, agentNoun);
  }

  /** The side the first steps, one of the trigger's argument arcs, put the actor on. */
  private static Side argumentSide(
      int t,
      List<Step> side,
      List<Token> tokens,
      Tree tree,
      boolean directional,
      boolean agentNoun) {
    Step e = side.get(0);
    if (!e.down()) {
      switch (e.relation()) {
        case "nsubj" -> {
          // the trigger is the subject of a predicate: the actor is the predicate itself (Russian
          // troops are in Tajikistan; its largest creditor is China) or what a support verb takes
          // (the SCO's members include India); a noun naming the one who acts names that actor
          if (side.size() == 1) {
            return agentNoun ? Side.SUBJ : Side.OBJ;
          }
          Step f = side.get(1);
          return f.down()
                  && f.relation().equals("obj")
                  && SUPPORT.contains(String.valueOf(lemma(tokens.get(e.node()))))
              ? agentNoun ? Side.SUBJ : Side.OBJ
              : Side.NONE;
        }
        case "obj", "nsubj:pass", "xcomp", "conj" -> {
          // through the verb the trigger is the object of (a support verb: imposed sanctions), is
          // controlled by or shares a subject with: its own arguments
          if (side.size() < 2 || !side.get(1).down()) {
            return Side.NONE;
          }
          if ((e.relation().equals("obj") || e.relation().equals("nsubj:pass"))
              && !SUPPORT.contains(String.valueOf(lemma(tokens.get(e.node()))))) {
            return Side.NONE; // discussed Iran's membership in the SCO: not the act itself
          }
          Step f = side.get(1);
          boolean receives =
              e.relation().equals("obj")
                  && RECEIVE.contains(String.valueOf(lemma(tokens.get(e.node()))));
          return switch (f.relation()) {
            case "nsubj" -> receives ? Side.OBJ : Side.SUBJ;
            case "obl:agent" -> Side.SUBJ;
            case "obl", "nmod" ->
                e.relation().equals("xcomp") || e.relation().equals("conj")
                    ? Side.NONE
                    : caseSide(f.node(), tokens, tree, directional);
            case "iobj" -> Side.OBJ;
            default -> Side.NONE;
          };
        }
        case "acl:relcl" -> {
          boolean passive = hasChild(t, "nsubj:pass", tree);
          boolean ownSubject =
              tree.children().get(t).stream()
                  .anyMatch(
                      d ->
                          d.relation().equals("nsubj")
                              && !Set.of("which", "who", "that")
                                  .contains(Linker.key(tokens.get(d.dependent()).word())));
          return passive || ownSubject ? Side.OBJ : Side.SUBJ;
        }
        case "acl" -> {
          return "VBN".equals(tokens.get(t).pos()) ? Side.OBJ : Side.SUBJ;
        }
        case "appos" -> {
          return Side.SUBJ;
        }
        default -> {
          return Side.NONE;
        }
      }
    }
    if (agentNoun) {
      // a noun naming the one who acts (member, creditor, ally): its possessor is whom it acts
      // toward (Tajikistan's largest creditor, the SCO's members), a nationality who it is
      // (Chinese investors), a compound either (SCO members, EU donors)
      switch (e.relation()) {
        case "nmod:poss" -> {
          return Side.OBJ;
        }
        case "amod" -> {
          return Side.SUBJ;
        }
        case "compound" -> {
          return directional ? Side.NONE : Side.ARG;
        }
        default -> {}
      }
    }
    return switch (e.relation()) {
      case "nsubj", "obl:agent", "nmod:poss" -> Side.SUBJ;
      case "amod", "compound" -> directional ? Side.SUBJ : Side.ARG;
      case "nsubj:pass", "obj", "iobj" -> Side.OBJ;
      case "obl", "nmod" -> caseSide(e.node(), tokens, tree, directional);
      default -> Side.NONE;
    };
  }

  /**
   * An oblique by its case marker: by (and, for a C→C type, from) marks the subject side; a place,
   * time or frame of the act (under UN auspices, within the CIS framework, at a summit) is none.
   */
  private static Side caseSide(int x, List<Token> tokens, Tree tree, boolean directional) {
    for (Dependency c : tree.children().get(x)) {
      if (c.relation().equals("case")) {
        String w = Linker.key(tokens.get(c.dependent()).word());
        if (ADJUNCT_CASES.contains(w)) {
          return Side.NONE;
        }
        if (w.equals("by") || directional && SUBJECT_CASES.contains(w)) {
          return Side.SUBJ;
        }
      }
    }
    return Side.OBJ;
  }

  /** Case markers of an adjunct: where, when or within what an act happened, not who it touched. */
  private static final Set<String> ADJUNCT_CASES =
      Set.of(
          "under",
          "within",
          "during",
          "after",
          "before",
          "since",
          "until",
          "despite",
          "amid",
          "at",
          "through",
          "via",
          "beyond",
          "outside",
          "inside",
          "among",
          "like",
          "unlike",
          "besides",
          "beside",
          "near",
          "around",
          "throughout",
          "over",
          "about",
          "regarding",
          "concerning",
          "than");

  private static boolean hasCase(int x, Set<String> cases, List<Token> tokens, Tree tree) {
    return tree.children().get(x).stream()
        .anyMatch(
            c ->
                c.relation().equals("case")
                    && cases.contains(Linker.key(tokens.get(c.dependent()).word())));
  }

  private static boolean hasChild(int t, String relation, Tree tree) {
    return tree.children().get(t).stream().anyMatch(d -> d.relation().equals(relation));
  }
}
