package org.cagraph.actors;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units a state sends or fields, in a sentence of an exercise's report that names no event (the
 * exercise named in the three sentences before): Russia, China and India sent about 4,000
 * servicemen between them; Pakistani and Indian infantry companies operated in separate sectors;
 * 哈薩克與塔吉克各派出連級規模的分隊; Китайский контингент насчитывал около 550 человек. The units are in the
 * exercise the document named last, when that is the last programme, summit or exercise it named
 * (an initiative whose name says exercise: coreference.tsv exercise_names). Linked as an empty
 * mention right after the unit noun, so that the PARTICIPATES_IN rules {@code exercise_units_sent}
 * and {@code exercise_units_named} read 「派出…分隊 演習」; like the other left-out objects, it is no
 * antecedent of later references. Nothing when the sentence names an initiative itself (the rules
 * read it), or when the units go somewhere (sent troops to Syria, sent 200 troops into Tajikistan):
 * a place or an actor after the unit noun in its clause.
 */
final class Contingents {
  private Contingents() {}

  private static final String UNITS_EN =
      "servicemen|troops|soldiers|personnel|contingents?|compan(?:y|ies)|battalions?|platoons?"
          + "|units|paratroopers|marines|infantry|jets|fighters|bombers|helicopters|crews";

  /** A verb of sending or fielding, then up to 30 characters, then a unit noun (English). */
  private static final Pattern SENT_EN =
      Pattern.compile(
          "(?<![\\p{L}])(?:sent|sends|dispatched|contributed|contributes|fielded|fields|committed)"
              + "\\s(?:[^,;:.!?]|,\\d){0,30}?(?<![\\p{L}])("
              + UNITS_EN
              + ")(?![\\p{L}])");

  /**
   * A state's adjective, up to two words of the unit's arm, then a unit noun (Pakistani infantry
   * companies); not a verb between (Russia sent no troops).
   */
  private static final Pattern NAMED_EN =
      Pattern.compile(
          "^(?:\\s(?:infantry|air|air-defence|special|airborne|naval|ground|army|military|peacekeeping"
              + "|artillery|tank|mechani[sz]ed|motori[sz]ed|mountain|combat|engineer|medical)){0,2}\\s("
              + UNITS_EN
              + ")(?![\\p{L}])");

  private static final Pattern NAMED_RU =
      Pattern.compile(
          "^\\s(контингент|подразделения|подразделение|батальон|военнослужащие)(?![\\p{L}])");

  /** 派出連級規模的分隊, 只派遣幾名參謀軍官 closing their clause (Simplified view). */
  private static final Pattern SENT_ZH =
      Pattern.compile("(?:派出|派遣|出动)[^，。；、,;]{0,12}?(分队|部队|官兵|兵力|军官|士兵|军人|军队|连队)(?=[，。；,;]|$)");

  /** A quantity that sends nothing (sent no troops). */
  private static final Pattern NONE_EN =
      Pattern.compile("(?<![\\p{L}])(?:no|not|none|zero|never)(?![\\p{L}])");

  /**
   * A host before the units (Tajikistan has been home to Russian troops since the civil war;
   * Armenia hosts Russian units): stationed there, not in the exercise. The text before the state's
   * adjective, up to the clause's start, ends so.
   */
  private static final Pattern HOSTED_EN =
      Pattern.compile(
          "(?<![\\p{L}])(?:home\\s+to|host\\s+to|hosts|hosted|host|hosting|houses|housed|house)"
              + "(?:\\s+(?:some|about|around|nearly|over|up\\s+to|several|[\\d,]+))*\\s*$");

  /** Units said to be stationed (Russian troops have been stationed there since 2004). */
  private static final Pattern STATIONED_EN =
      Pattern.compile(
          "^\\s+(?:(?:are|were|is|was|have\\s+been|has\\s+been|had\\s+been|remain|remained"
              + "|remains|still|permanently|long)\\s+)*(?:stationed|based|garrisoned|deployed|posted"
              + "|housed)(?![\\p{L}])");

  /** Where a unit goes (sent troops to Syria): not to an exercise named before. */
  private static final Pattern GOES =
      Pattern.compile("^\\s+(?:to|into|abroad|home|back)(?![\\p{L}])");

  static void contingents(String v, List<Mention> here, List<Mention> recent, List<Mention> zeros) {
    // the last programme, summit or exercise named before a sentence naming none: an exercise, or
    // none
    Actor last = Attendance.lastEvent(here, recent);
    Actor exercise =
        last != null
                && last.names().stream()
                    .anyMatch(
                        n -> Coreference.EXERCISE_NAME.matcher(n.toLowerCase(Locale.ROOT)).find())
            ? last
            : null;
    if (exercise == null) {
      return;
    }
    Matcher m = SENT_EN.matcher(v);
    while (m.find()) {
      int at = m.end(1);
      int from = m.start();
      if (NONE_EN.matcher(m.group()).find()) {
        continue; // sent no troops, sent not a single soldier
      }
      if (here.stream().anyMatch(x -> x.end() <= from && Coreference.isCountry(x))) {
        add(v, here, exercise, at, zeros);
      }
    }
    m = SENT_ZH.matcher(v);
    while (m.find()) {
      int at = m.end(1);
      int from = m.start();
      if (here.stream().anyMatch(x -> x.end() <= from && Coreference.isCountry(x))) {
        add(v, here, exercise, at, zeros);
      }
    }
    for (Mention x : here) {
      if (!Coreference.isCountry(x) || x.end() > v.length()) {
        continue;
      }
      String rest = v.substring(x.end());
      Matcher n = NAMED_EN.matcher(rest);
      if (!n.find()) {
        n = NAMED_RU.matcher(rest);
        if (!n.find()) {
          continue;
        }
      }
      int clause = x.begin();
      while (clause > 0 && ",;:.".indexOf(v.charAt(clause - 1)) < 0) {
        clause--;
      }
      if (HOSTED_EN.matcher(v.substring(clause, x.begin())).find()
          || STATIONED_EN.matcher(rest.substring(n.end(1))).find()) {
        continue; // home to Russian troops; Russian troops stationed there: a garrison, no exercise
      }
      add(v, here, exercise, x.end() + n.end(1), zeros);
    }
  }

  private static void add(
      String v, List<Mention> here, Actor exercise, int at, List<Mention> zeros) {
    if (GOES.matcher(v.substring(at)).find()) {
      return;
    }
    int stop = at;
    while (stop < v.length() && ",;.，。；:：".indexOf(v.charAt(stop)) < 0) {
      stop++;
    }
    int end = stop;
    if (here.stream().anyMatch(x -> x.begin() >= at && x.begin() < end)) {
      return; // the units go or stand somewhere the clause names (in Tajikistan, at Kant)
    }
    if (zeros.stream().noneMatch(z -> z.begin() == at)) {
      zeros.add(new Mention(exercise, at, at, "coref", 0.6));
    }
  }
}
