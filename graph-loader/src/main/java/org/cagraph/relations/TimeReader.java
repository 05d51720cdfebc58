package org.cagraph.relations;

import java.util.List;

/**
 * Reads what a statement says about time (issue 17), from the words of its trigger's clause: whether the date beside
 * it is the relation's start, its end, an event during it, or whether the clause observes it at the time of writing
 * (目前, 至今, currently). The word lists are data ({@code data/rules/time-*.lex}); what a bare date means for each
 * type is a column of {@code data/schema/relation-types.tsv}.
 */
final class TimeReader {
  private static final String CLAUSE_MARKS = "，。；,;！？!?";
  private static final Lexicon NONE = new Lexicon(List.of(), "(none)");
  private final java.util.Map<String, Lexicon> start;
  private final Lexicon end;
  private final Lexicon event;
  private final Lexicon observed;
  private final Lexicon past;
  private final Lexicon asOf;

  /** @param start the start words of each type ({@code data/rules/time-start.tsv}) */
  TimeReader(java.util.Map<String, Lexicon> start, Lexicon end, Lexicon event, Lexicon observed, Lexicon past,
      Lexicon asOf) {
    this.asOf = asOf;
    this.start = start;
    this.end = end;
    this.event = event;
    this.observed = observed;
    this.past = past;
  }

  /** time-start.tsv: a word and the types it starts ({@code *}: all), as one lexicon per type. */
  static java.util.Map<String, Lexicon> startWords(List<String> lines, String where) {
    java.util.Map<String, List<String>> words = new java.util.HashMap<>();
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(where + ":" + n + ": expected a word and its types, separated by a tab");
      }
      for (String t : f[1].strip().split(",")) {
        List<String> types = t.equals("*") ? RelationTypes.names() : List.of(RelationTypes.of(t.strip()).name());
        types.forEach(type -> words.computeIfAbsent(type, k -> new java.util.ArrayList<>()).add(f[0]));
      }
    }
    java.util.Map<String, Lexicon> out = new java.util.HashMap<>();
    words.forEach((type, ws) -> out.put(type, new Lexicon(ws, where)));
    return out;
  }

  /**
   * The readings of one statement.
   *
   * @param view the sentence's Simplified lower-case view, each actor one {@code □} (as {@link Scope} reads it)
   * @param ts where its trigger begins in it
   * @param te where its trigger ends
   * @param me where the rule's whole match ends: the clause of the match's end is read beside the trigger's, since a
   *     trigger such as 也跟隨 may stand in a clause before the verb it governs (…，對□實施制裁)
   * @param d the date the rule engine attached to it, or null
   * @param dateInClause whether {@code d} stands in the trigger's own clause: a clause that observes the relation
   *     (目前, currently) and has no date of its own is read as an observation, not dated by another clause's date
   * @param docDate the document's date (manifest), or null
   */
  List<TimeReading> read(String type, String status, String view, int ts, int te, int me, DateMention d,
      boolean dateInClause, String docDate) {
    int cs = clauseStart(view, ts);
    int ce = clauseEnd(view, Math.max(cs, te));
    // the clause where the match ends too, when the trigger's is an earlier one (也跟隨□的步伐，對□實施制裁)
    int endClause = clauseStart(view, Math.max(me - 1, 0));
    String raw = view.substring(cs, ce) + (endClause >= ce
        ? "，" + view.substring(endClause, clauseEnd(view, Math.max(endClause, me - 1)))
        : "");
    // event words are masked before start words are looked for: 再次當選 is a re-election, not a 當選
    String clause = event.mask(raw);
    String trigger = clause.substring(Math.max(0, Math.min(ts, ce) - cs), Math.max(0, Math.min(te, ce) - cs));
    Lexicon start = this.start.getOrDefault(type, NONE);
    boolean observes = observed.foundIn(clause) && !Scope.ENDED.equals(status) && !end.foundIn(clause);
    if (d == null || observes && !dateInClause) {
      if (observes) {
        return List.of(new TimeReading(TimeReading.OBSERVED, docDate));
      }
      // a dated paper states an undated, unended relation as holding when it was written, unless the clause says
      // it was so once (曾, 當時, former)
      boolean implicit = docDate != null && Scope.ASSERTED.equals(status) && !past.foundIn(clause)
          && !end.foundIn(clause);
      return implicit ? List.of(new TimeReading(TimeReading.OBSERVED, docDate)) : List.of();
    }
    java.util.ArrayList<TimeReading> out = new java.util.ArrayList<>();
    if (d.since() != null || d.until() != null) {
      // 2011年至2016年, 自2005年起, until 2050: the text gives the bounds themselves
      if (d.since() != null) {
        out.add(new TimeReading(Scope.ENDED.equals(status) ? TimeReading.END : TimeReading.START, d.since()));
      }
      if (d.until() != null && !d.until().equals(d.since())) {
        out.add(new TimeReading(TimeReading.END, d.until()));
      }
      return List.copyOf(out);
    }
    // a type that itself ends others (WITHDREW_FROM) is dated by its own act: its 退出 is no end of it
    boolean endsOthers = !RelationTypes.of(type).ends().isEmpty();
    if (!endsOthers && (Scope.ENDED.equals(status) || end.foundIn(clause) && !start.foundIn(trigger))) {
      return List.of(new TimeReading(TimeReading.END, d.date()));
    }
    if (asOf.foundIn(clause) && dateInClause) {
      return List.of(new TimeReading(TimeReading.OBSERVED, d.date()));  // 截至2023年3月底: held then, as the text saw it
    }
    // a type whose date is its own act (signing, proposing, withdrawing) is not made an event by the occasion of
    // the act (在峰會上簽署)
    boolean act = RelationTypes.of(type).dated().equals(TimeReading.START);
    String kind;
    if (start.foundIn(trigger)) {
      kind = TimeReading.START;
    } else if (!act && event.foundIn(raw) || observes) {
      kind = TimeReading.EVENT;  // 現任總統□於1998年修憲: he held office then
    } else if (start.foundIn(clause)) {
      kind = TimeReading.START;
    } else {
      kind = RelationTypes.of(type).dated();
    }
    out.add(new TimeReading(kind, d.date()));
    if (observes) {
      out.add(new TimeReading(TimeReading.OBSERVED, docDate));  // 現任: and still at the time of writing
    }
    return List.copyOf(out);
  }

  private static int clauseStart(String view, int at) {
    int i = Math.max(0, Math.min(at, view.length()));
    while (i > 0 && CLAUSE_MARKS.indexOf(view.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  private static int clauseEnd(String view, int at) {
    int i = Math.max(0, Math.min(at, view.length()));
    while (i < view.length() && CLAUSE_MARKS.indexOf(view.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
