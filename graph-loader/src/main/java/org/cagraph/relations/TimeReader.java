package org.cagraph.relations;

import java.util.List;

/**
 * Reads what a statement says about time (issue 17), from the words of its trigger's clause:
 * whether the date beside it is the relation's start, its end, an event during it, or whether the
 * clause observes it at the time of writing (目前, 至今, currently). The word lists are data ({@code
 * data/rules/time-*.lex}); what a bare date means for each type is a column of {@code
 * data/schema/relation-types.tsv}.
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
  private final Lexicon incumbent;
  private final java.util.Map<String, Lexicon> former;
  private final java.util.Map<String, Lexicon> renamed;
  private final java.util.Map<String, Lexicon> effective;
  private final Lexicon visit;
  private final java.util.Map<String, Lexicon> first;
  private final Lexicon later;
  private final java.util.Map<String, Lexicon> ended;
  private final Lexicon topic;
  private final Lexicon anniversary;

  /**
   * @param start the start words of each type ({@code data/rules/time-start.tsv})
   */
  TimeReader(
      java.util.Map<String, Lexicon> start,
      Lexicon end,
      Lexicon event,
      Lexicon observed,
      Lexicon past,
      Lexicon asOf) {
    this(
        start,
        end,
        event,
        observed,
        past,
        asOf,
        NONE,
        java.util.Map.of(),
        java.util.Map.of(),
        java.util.Map.of(),
        NONE,
        java.util.Map.of(),
        NONE,
        java.util.Map.of(),
        NONE,
        NONE);
  }

  /**
   * @param incumbent words that make a title hold at the sentence's own date ({@code
   *     time-incumbent.lex}: 時任, 現任)
   * @param former words in a title's match, or right before it, that say its holder no longer holds
   *     it ({@code time-former.tsv})
   * @param renamed words of a later clause that rename the organisation just named ({@code
   *     time-renamed.tsv})
   * @param effective words of a later clause that say when the relation took effect ({@code
   *     time-effective.tsv})
   * @param visit words of an earlier clause that make an act on that occasion an event of its
   *     relation ({@code time-occasion.lex})
   * @param first words that make a dated event the first of its series, where taking part in it
   *     starts ({@code time-first.tsv})
   * @param later words that open a clause told as coming after the date an earlier clause gives
   *     (其後又成為…成員, later): that date is no date of the clause's act ({@code time-later.lex})
   * @param ended words of a later clause that say the relation just told ended at the date that
   *     clause gives (…，並已於2005年結束; which ended in 2005; who resigned in 2019), per type: {@code
   *     time-ended.tsv} and the office endings of {@code time-end.lex}
   * @param anniversary words that make a clause's date an anniversary's ({@code
   *     time-anniversary.lex}: 週年, anniversary, turned ten, годовщина): in another clause than the
   *     relation's, that date shows the relation held then and never starts it
   * @param topic words of a sentence's opening phrase that name a new topic ({@code
   *     time-topic.lex}: 對歐關係方面，, as for): the paragraph's last date dates none of its acts
   */
  TimeReader(
      java.util.Map<String, Lexicon> start,
      Lexicon end,
      Lexicon event,
      Lexicon observed,
      Lexicon past,
      Lexicon asOf,
      Lexicon incumbent,
      java.util.Map<String, Lexicon> former,
      java.util.Map<String, Lexicon> renamed,
      java.util.Map<String, Lexicon> effective,
      Lexicon visit,
      java.util.Map<String, Lexicon> first,
      Lexicon later,
      java.util.Map<String, Lexicon> ended,
      Lexicon anniversary,
      Lexicon topic) {
    this.topic = topic;
    this.ended = ended;
    this.anniversary = anniversary;
    this.later = later;
    this.visit = visit;
    this.first = first;
    this.incumbent = incumbent;
    this.former = former;
    this.renamed = renamed;
    this.effective = effective;
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
        throw new IllegalStateException(
            where + ":" + n + ": expected a word and its types, separated by a tab");
      }
      for (String t : f[1].strip().split(",")) {
        List<String> types =
            t.equals("*") ? RelationTypes.names() : List.of(RelationTypes.of(t.strip()).name());
        types.forEach(
            type -> words.computeIfAbsent(type, k -> new java.util.ArrayList<>()).add(f[0]));
      }
    }
    java.util.Map<String, Lexicon> out = new java.util.HashMap<>();
    words.forEach((type, ws) -> out.put(type, new Lexicon(ws, where)));
    return out;
  }

  /**
   * The readings of one statement.
   *
   * @param view the sentence's Simplified lower-case view, each actor one {@code □} (as {@link
   *     Scope} reads it)
   * @param ms where the rule's whole match begins in it (a title's former, 前 or "the former",
   *     stands at it)
   * @param ts where its trigger begins in it
   * @param te where its trigger ends
   * @param me where the rule's whole match ends: the clause of the match's end is read beside the
   *     trigger's, since a trigger such as 也跟隨 may stand in a clause before the verb it governs
   *     (…，對□實施制裁)
   * @param d the date the rule engine attached to it, or null
   * @param dateInClause whether {@code d} stands in the trigger's own clause: a clause that
   *     observes the relation (目前, currently) and has no date of its own is read as an observation,
   *     not dated by another clause's date
   * @param docDate the document's date (manifest), or null
   * @param paragraphDate the last date the paragraph gave before this sentence, or null
   */
  List<TimeReading> read(
      String type,
      String status,
      String view,
      int ms,
      int ts,
      int te,
      int me,
      DateMention d,
      boolean dateInClause,
      String docDate,
      String paragraphDate) {
    int cs = clauseStart(view, ts);
    int ce = clauseEnd(view, Math.max(cs, te));
    // the clause where the match ends too, when the trigger's is an earlier one (也跟隨□的步伐，對□實施制裁)
    int endClause = clauseStart(view, Math.max(me - 1, 0));
    String raw =
        view.substring(cs, ce)
            + (endClause >= ce
                ? "，" + view.substring(endClause, clauseEnd(view, Math.max(endClause, me - 1)))
                : "");
    // event words are masked before start words are looked for: 再次當選 is a re-election, not a 當選
    String clause = event.mask(raw);
    String trigger =
        clause.substring(Math.max(0, Math.min(ts, ce) - cs), Math.max(0, Math.min(te, ce) - cs));
    Lexicon start = this.start.getOrDefault(type, NONE);
    if (RelationTypes.of(type).undated()) {
      // a border, a place: no date beside it is its start, end or time (the Manas air base in
      // Kyrgyzstan, used from 2001 until 2014, or where the U.S. military was based from 2001
      // until 2014, is still there), unless the statement itself says since when (based in Beijing
      // since 2004; 自2004年起即設於塔什干; 秘書處於2004年1月15日在北京成立): a date inside the words the
      // rule read (a since-date also after them in their clause, with no other actor between), and
      // a
      // start word among those words; never the paragraph's date, another verb's date or an end
      String said =
          view.substring(Math.min(ms, view.length()), Math.min(Math.max(ms, me), view.length()));
      if (d == null
          || !dateInClause
          || d.until() != null && d.since() == null
          || !start.foundIn(said)) {
        return List.of();
      }
      String from = d.since() != null ? d.since() : d.date();
      String year = from.substring(0, Math.min(4, from.length()));
      String rest = view.substring(Math.min(Math.max(ms, me), ce), ce);
      boolean own =
          said.contains(year) || d.since() != null && rest.indexOf('□') < 0 && rest.contains(year);
      return own ? List.of(new TimeReading(TimeReading.START, from)) : List.of();
    }
    // a type whose date is its own act (signing, proposing, withdrawing) is not made an event by
    // the occasion of
    // the act (在峰會上簽署), nor an observation by the title of its actor (現任總統□簽署)
    boolean act = RelationTypes.of(type).dated().equals(TimeReading.START);
    Lexicon was = former.getOrDefault(type, NONE);
    String before = clause.substring(0, Math.max(0, Math.min(Math.max(ms, cs), ce) - cs));
    if (d != null && !dateInClause && later.startsBefore(view.substring(cs, Math.max(cs, ts)), 2)) {
      // 1992年1月…加入歐安會，…，其後又成為北約「和平夥伴關係計畫」成員: the clause tells an act after the
      // date another clause gives, not at it; nor at the paragraph's date
      d = null;
      paragraphDate = null;
    }
    if (d != null
        && !dateInClause
        && d.since() == null
        && d.until() != null
        && WHEN.matcher(view.substring(cs, Math.max(cs, ts))).lookingAt()) {
      // his second spell lasted until 2007, when he was elected chairman of the Senate: the date
      // that ends one clause is when the when-clause's act happened, no end of it
      d = new DateMention(d.begin(), d.end(), d.date(), null, null, d.also());
    }
    boolean bounded = d != null && d.until() != null;
    if (d != null
        && !dateInClause
        && d.since() == null
        && !bounded
        && !RelationTypes.of(type).dated().equals(TimeReading.START)
        && AFTER_YEARS_AS.matcher(view.substring(cs, ce)).find()) {
      // 伊朗在擔任觀察員國多年後，於2023年7月成為正式成員國; after ten years as prime minister, he became
      // president in 2016: what he served as for years, told as past when another clause's date
      // came,
      // ended then
      return List.of(new TimeReading(TimeReading.END, d.date()));
    }
    if (!bounded && (was.foundIn(trigger) || was.ends(before, 2))) {
      // □前秘書長□, the former president: the office had ended by the sentence's time; a date in the
      // clause bounds
      // that end, a date elsewhere in the sentence is another clause's (and no start of the
      // office). An end the
      // text gives (前任總統□…擔任總統職務直至2019) is read as the bounds it states, below.
      return List.of(new TimeReading(TimeReading.END, d != null && dateInClause ? d.date() : null));
    }
    boolean observes =
        observed.foundIn(clause) && !Scope.ENDED.equals(status) && !end.foundIn(clause);
    // 1999年12月再次修憲，規定現任總統□: a title held at the date the sentence tells, wherever that date stands
    boolean titled = incumbent.foundIn(clause) && !act;
    boolean endsOthers = !RelationTypes.of(type).ends().isEmpty();
    if (d == null && paragraphDate != null && !observes && !Scope.ENDED.equals(status)) {
      // 2023年5月，中國—中亞峰會在西安舉行。六國元首簽署了《西安宣言》: an act the sentence tells with no date of
      // its own happened when the paragraph has just said; a state it merely describes is not dated
      // so, nor an ending read near the trigger (哈薩克不因歐美制裁俄羅斯而停止…: what stopped is the trade,
      // and another sentence's year would close the sanctions)
      String kind = told(type, status, clause, raw, trigger, start, act, endsOthers);
      if (kind == null && titled && !Scope.REPORTED.equals(status)) {
        kind = TimeReading.EVENT; // 時任集安組織輪值主席□: the title held when the paragraph has just said
      }
      if (kind != null) {
        return List.of(new TimeReading(kind, paragraphDate));
      }
    }
    if (d == null || observes && !dateInClause && !act && !titled) {
      if (observes) {
        return List.of(new TimeReading(TimeReading.OBSERVED, docDate));
      }
      // a dated paper states an undated, unended relation as holding when it was written, unless
      // the clause says
      // it was so once (曾, 當時, former)
      boolean implicit =
          docDate != null
              && Scope.ASSERTED.equals(status)
              && !past.foundIn(clause)
              && !end.foundIn(clause);
      return implicit ? List.of(new TimeReading(TimeReading.OBSERVED, docDate)) : List.of();
    }
    java.util.ArrayList<TimeReading> out = new java.util.ArrayList<>();
    if (d.since() != null || d.until() != null) {
      // 2011年至2016年, 自2005年起, until 2050: the text gives the bounds themselves
      if (d.since() != null) {
        out.add(
            new TimeReading(
                Scope.ENDED.equals(status) ? TimeReading.END : TimeReading.START, d.since()));
      }
      if (d.until() != null && !d.until().equals(d.since())) {
        out.add(new TimeReading(TimeReading.END, d.until()));
      }
      return List.copyOf(out);
    }
    // a type that itself ends others (WITHDREW_FROM) is dated by its own act: its 退出 is no end of
    // it
    if (!endsOthers
        && (Scope.ENDED.equals(status) || end.foundIn(clause) && !start.foundIn(trigger))) {
      return List.of(new TimeReading(TimeReading.END, d.date()));
    }
    if (asOf.foundIn(clause) && dateInClause) {
      return List.of(
          new TimeReading(
              TimeReading.OBSERVED, d.date())); // 截至2023年3月底: held then, as the text saw it
    }
    String kind;
    // 1998年7月6日，□總統應邀訪問□，與□簽署了…宣言: an act done on a visit or at a summit that an earlier clause
    // tells, dated before both, is an event of a relation that already held, not its start
    boolean occasion = !act && !dateInClause && visit.foundIn(view.substring(0, cs));
    // 哈薩克是歐亞經濟聯盟的創始成員國，該聯盟於2025年成立十週年 / of which Kazakhstan is a founding member,
    // turned ten in 2025: the year another clause gives an anniversary is no start of the relation;
    // it held then
    boolean anniversaryElsewhere = !act && !dateInClause && anniversaryOf(view, d);
    if (start.foundIn(trigger) && !occasion && !anniversaryElsewhere) {
      kind = TimeReading.START;
    } else if (occasion || anniversaryElsewhere) {
      kind = TimeReading.EVENT;
    } else if (!act && first.getOrDefault(type, NONE).foundIn(raw)) {
      kind = TimeReading.START; // □在首屆「□高峰會」上: the first of a series is where taking part starts
    } else if (!act && (event.foundIn(raw) || observes || titled)) {
      kind = TimeReading.EVENT; // 現任總統□於1998年修憲: he held office then
    } else if (start.foundIn(clause)) {
      kind = TimeReading.START;
    } else {
      kind = RelationTypes.of(type).dated();
    }
    out.add(new TimeReading(kind, d.date()));
    if (d.also() != null && kind.equals(TimeReading.EVENT)) {
      // doctrines adopted between 2007 and 2022: held at the span's last year as at its first
      out.add(new TimeReading(TimeReading.EVENT, d.also()));
    }
    if (observes && !act) {
      out.add(
          new TimeReading(TimeReading.OBSERVED, docDate)); // 現任: and still at the time of writing
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code words} name a start of {@code type} or an end ({@code 加入}, {@code 退出}, {@code
   * 辭職}) by their own words, not by the type's default reading of a bare date.
   */
  boolean tellsBound(String type, String words) {
    String w = event.mask(words);
    return start.getOrDefault(type, NONE).foundIn(w) || end.foundIn(w);
  }

  /**
   * The kind of act a clause tells by its own words (an end, a start, an event), or null when it
   * tells none: a statement the clause only describes (□是□的成員) is no act of the paragraph's date.
   */
  private String told(
      String type,
      String status,
      String clause,
      String raw,
      String trigger,
      Lexicon start,
      boolean act,
      boolean endsOthers) {
    if (!Scope.ASSERTED.equals(status)
        && !Scope.ENDED.equals(status)
        && !Scope.REPORTED.equals(status)) {
      return null;
    }
    if (!endsOthers
        && (Scope.ENDED.equals(status) || end.foundIn(clause) && !start.foundIn(trigger))) {
      return TimeReading.END;
    }
    if (start.foundIn(trigger) || !act && first.getOrDefault(type, NONE).foundIn(raw)) {
      return TimeReading.START;
    }
    if (!act && event.foundIn(raw)) {
      return TimeReading.EVENT;
    }
    return start.foundIn(clause) ? TimeReading.START : null;
  }

  /**
   * What the sentence's other clauses tell about its relation, each by the date in it: a date an
   * as-of word introduces (截至2023年3月底，…) observes the relation, wherever it stands; and after the
   * match's own clause, an organisation renamed (2001年此組織改為□: a membership of the old name ends
   * then, and goes on under the new one), or the date the relation took effect
   * (2000年決定接納□，2001年正式生效; leased in 2001, opened the next year): the relation starts then, and an
   * earlier date of the sentence was a decision, not a start. Such a clause names no other actor
   * before its word (it speaks of the one just named: 此組織, 該協定, it), so another actor's act in it
   * is no end or start here.
   *
   * @param words the sentence's view, each actor one {@code □}
   * @param me where the rule's match ends in it
   * @param ds the sentence's dates, in the same view
   * @param readings what {@link #read} made of the statement
   */
  List<TimeReading> later(
      String type, String words, int me, List<DateMention> ds, List<TimeReading> readings) {
    Lexicon ren = renamed.getOrDefault(type, NONE);
    Lexicon eff = effective.getOrDefault(type, NONE);
    if (ds.isEmpty() || RelationTypes.of(type).undated()) {
      return readings;
    }
    int from = clauseEnd(words, Math.max(0, me - 1));
    boolean act = RelationTypes.of(type).dated().equals(TimeReading.START);
    boolean endsOthers = !RelationTypes.of(type).ends().isEmpty();
    List<TimeReading> out = new java.util.ArrayList<>(readings);
    for (DateMention m : ds) {
      // 截至2023年3月底，中國對□投資存量…: a date an as-of word introduces is when the text observed the
      // relation,
      // though it stands in a clause of its own
      if (m.since() == null
          && m.until() == null
          && asOf.ends(words.substring(clauseStart(words, m.begin()), m.begin()), 2)) {
        out.replaceAll(
            r ->
                m.date().equals(r.date())
                        && (r.kind().equals(TimeReading.EVENT)
                            || r.kind().equals(TimeReading.START))
                    ? new TimeReading(TimeReading.OBSERVED, r.date())
                    : r);
      }
    }
    for (DateMention m : ds) {
      String date = m.since() != null ? m.since() : m.date();
      if (m.begin() < from || date == null) {
        continue;
      }
      int cs = clauseStart(words, m.begin());
      String c = words.substring(cs, clauseEnd(words, m.end()));
      if (anaphoric(ren, c) && out.stream().noneMatch(r -> r.kind().equals(TimeReading.END))) {
        out.add(new TimeReading(TimeReading.END, date));
      } else if (!act
          && m.since() == null
          && m.until() == null
          && anaphoric(event, after(words, m, ds))) {
        // …在1999年俄羅斯支付了5億美元的租金，2000年則全部以貨幣的形式支付: the clause a later date heads tells
        // another event of the same relation (a date that ends its clause heads the clauses after
        // it,
        // up to the next date: 1994年1月15日，土舉行全民公投，決定將其任期延長至2002年)
        out.add(new TimeReading(TimeReading.EVENT, date));
      } else if (!act
          && m.since() == null
          && m.until() == null
          && anaphoric(start.getOrDefault(type, NONE), event.mask(c))
          && out.stream().noneMatch(r -> r.kind().equals(TimeReading.START))
          && (out.remove(new TimeReading(TimeReading.EVENT, m.date()))
              || !out.isEmpty()
                  && out.stream().allMatch(r -> r.kind().equals(TimeReading.OBSERVED)))) {
        // □總統□（…），從1991年當選□首任總統: a later clause that tells the relation's start, of the actor
        // just named, makes the date it gives the start, not an event during it; the current
        // secretary general, □, took office in December 2024: held now, and since then
        out.add(0, new TimeReading(TimeReading.START, m.date()));
      } else if (!act
          && !endsOthers
          && m.since() == null
          && m.until() != null
          && c.lastIndexOf('□', m.begin() - cs) < 0
          && !event.foundIn(words.substring(cs, m.begin()))
          && out.stream().noneMatch(r -> r.kind().equals(TimeReading.END))) {
        // in October 1999 he became prime minister, a post he held until January 2002; 1994年加入，
        // 直至2012年: a later clause that bounds what was just told, of no other actor, dates its end;
        // not one that extends or renews it (決定將其任期延長至2002年, extended until 2002: a new limit,
        // which a later extension or a life term may move again, not an end the text tells)
        out.removeIf(r -> r.kind().equals(TimeReading.OBSERVED));
        out.add(new TimeReading(TimeReading.END, m.until()));
      } else if (!act
          && !endsOthers
          && m.since() == null
          && anaphoric(ended.getOrDefault(type, NONE), event.mask(c))
          && out.stream().noneMatch(r -> r.kind().equals(TimeReading.END))) {
        // 2001年後美軍進駐□，…，並已於2005年結束; a base opened in 2001, which closed in 2005: a later clause
        // that ends what was just told, of no other actor, dates its end; and the date it gives is
        // no event as well (Бакиев, свергнутый в 2010 году: the ouster's date, read as an event of
        // the office by the clause's own reading, is its end)
        out.removeIf(r -> r.kind().equals(TimeReading.OBSERVED));
        out.remove(new TimeReading(TimeReading.EVENT, m.date()));
        out.add(new TimeReading(TimeReading.END, m.until() != null ? m.until() : m.date()));
      } else if (anaphoric(eff, c)) {
        boolean moved =
            out.removeIf(
                r ->
                    (r.kind().equals(TimeReading.START) || r.kind().equals(TimeReading.EVENT))
                        && r.date() != null
                        && !Periods.agree(r.date(), date)
                        && Periods.low(r.date()).compareTo(Periods.low(date)) < 0);
        if (moved || out.stream().noneMatch(r -> r.kind().equals(TimeReading.START))) {
          out.add(0, new TimeReading(TimeReading.START, date));
        }
      }
    }
    endedByNextClause(type, words, me, ds, from, act || endsOthers, out);
    return List.copyOf(new java.util.LinkedHashSet<>(out));
  }

  /**
   * В марте 2019 года □, руководивший страной почти три десятилетия, неожиданно объявил о сложении
   * полномочий; In March 2019 □, who had led □ for three decades, unexpectedly resigned;
   * 2019年3月，領導□近三十年的□總統，突然宣佈辭職: the relation is told in a clause describing its subject, and the
   * clause right after it, naming no other actor before its word and giving no date of its own,
   * ends it (time-ended.tsv and the office endings of time-end.lex). The date the sentence gave
   * before the match, which the match's own clause read as an event of the relation, is then its
   * end. A clause after it that gives a date of its own is read by {@link #later}'s loop.
   */
  private void endedByNextClause(
      String type,
      String words,
      int me,
      List<DateMention> ds,
      int from,
      boolean ownAct,
      List<TimeReading> out) {
    if (ownAct
        || from >= words.length()
        || out.stream().anyMatch(r -> r.kind().equals(TimeReading.END))) {
      return;
    }
    int ns = from + 1;
    int ne = clauseEnd(words, ns);
    if (ds.stream().anyMatch(m -> m.begin() >= from && m.begin() < ne)
        || !anaphoric(ended.getOrDefault(type, NONE), event.mask(words.substring(ns, ne)))) {
      return;
    }
    List<TimeReading> events =
        out.stream()
            .filter(
                r ->
                    r.kind().equals(TimeReading.EVENT)
                        && r.date() != null
                        && ds.stream()
                            .anyMatch(
                                m ->
                                    m.begin() < me
                                        && m.since() == null
                                        && m.until() == null
                                        && r.date().equals(m.date())))
            .toList();
    if (events.size() != 1) {
      return;
    }
    out.removeAll(events);
    out.removeIf(r -> r.kind().equals(TimeReading.OBSERVED));
    out.add(new TimeReading(TimeReading.END, events.get(0).date()));
  }

  /**
   * Whether the sentence opens with a phrase naming a new topic (time-topic.lex): a word ending its
   * first clause (對歐關係方面，) or starting it (至於, as for, что касается).
   */
  boolean opensTopic(String view) {
    String first = view.substring(0, clauseEnd(view, 0));
    return first.length() < view.length()
        && (topic.ends(first, 2) || topic.startsBefore(view.stripLeading(), 1));
  }

  /**
   * The words a date heads: the rest of its clause, or, where the date ends its clause
   * (1994年1月15日，…), the clauses after it up to the next date or the sentence's end.
   */
  private static String after(String words, DateMention m, List<DateMention> ds) {
    int e = clauseEnd(words, m.end());
    if (!words.substring(m.end(), e).isBlank()) {
      return words.substring(m.end(), e);
    }
    int next = words.length();
    for (DateMention o : ds) {
      if (o.begin() >= m.end() && o.begin() < next) {
        next = o.begin();
      }
    }
    return words.substring(m.end(), next);
  }

  /** Whether a word of {@code lex} stands in {@code clause} with no actor before it. */
  private static boolean anaphoric(Lexicon lex, String clause) {
    if (lex == NONE || !lex.foundIn(clause)) {
      return false;
    }
    int actor = clause.indexOf('□');
    return actor < 0 || lex.startsBefore(clause, actor);
  }

  /**
   * A clause that tells a post or status held for years before what another clause dates: 在擔任□多年後,
   * 在成為觀察員國多年後, 担任总理十年后, after years as an observer, после многих лет в статусе наблюдателя / на
   * посту.
   */
  private static final java.util.regex.Pattern AFTER_YEARS_AS =
      java.util.regex.Pattern.compile(
          "(?:担任|作为|成为).{0,20}?(?:多|数|几|\\d+|[一二三四五六七八九十两]+)年(?:之)?后\\s*$"
              + "|^\\s*after (?:\\w+ )?(?:years|decades) (?:as|in the post of)\\b"
              + "|^\\s*после (?:\\p{L}+ |\\d+ )?(?:лет|десятилетий) (?:в статусе|на посту|в качестве)",
          java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * A clause told as happening at the date that ends the clause before it (…until 2007, when …).
   */
  private static final java.util.regex.Pattern WHEN =
      java.util.regex.Pattern.compile(
          "\\s*(?:when|at which point|когда|и тогда)(?![\\p{L}])",
          java.util.regex.Pattern.UNICODE_CASE);

  /**
   * Whether a clause of {@code view} that holds the year of {@code d} tells an anniversary (a word
   * of {@code time-anniversary.lex}).
   */
  private boolean anniversaryOf(String view, DateMention d) {
    if (d.date() == null || d.date().length() < 4) {
      return false;
    }
    String year = d.date().substring(0, 4);
    for (int i = view.indexOf(year); i >= 0; i = view.indexOf(year, i + 1)) {
      if (anniversary.foundIn(view.substring(clauseStart(view, i), clauseEnd(view, i)))) {
        return true;
      }
    }
    return false;
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
