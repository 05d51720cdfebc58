package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in every shape the papers use, on the Simplified lower-case view: 1992年5月15日, 1994年春,
 * 同年10月, 隔年5月, 民國112年, 2011年至2016年, 自2005年起, 1991-1993 年, May 15, 1992, in 2014.
 * Relative dates resolve against the last absolute date of the paragraph ({@link Context}).
 */
final class DateParser {
  private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
  private static final Pattern P = Pattern.compile(
      "(?<range>(?<ra>\\d{4})\\s*年?\\s*(?:[-–—~～至到]|\\s+to\\s+)\\s*(?<rb>\\d{4})\\s*年?(?!\\d))"
          + "|(?<since>(?:自|从|於|于|since\\s+)?(?<sy>\\d{4})\\s*年?(?<sm>\\d{1,2}月)?\\s*(?:起|以来|开始|迄今|至今))"
          + "|(?<roc>民国\\s*(?<ry>\\d{2,3})\\s*年(?:\\s*(?<rm>\\d{1,2})\\s*月)?(?:\\s*(?<rd>\\d{1,2})\\s*日)?)"
          + "|(?<full>(?<y>\\d{4})\\s*年\\s*(?:(?<m>\\d{1,2})\\s*月(?:\\s*(?<d>\\d{1,2})\\s*日)?|春|夏|秋|冬|初|底|中|末|上半年|下半年)?)(?!代)"
          + "|(?<rel>(?<rw>同年|隔年|次年|翌年|同月)(?:\\s*(?<relm>\\d{1,2})\\s*月)?(?:\\s*(?<reld>\\d{1,2})\\s*日)?)"
          + "|(?<md>(?<mdm>\\d{1,2})\\s*月\\s*(?<mdd>\\d{1,2})\\s*日)"
          + "|(?<en>(?<enm>" + MONTHS + ")\\s+(?:(?<end>\\d{1,2}),?\\s+)?(?<eny>\\d{4}))"
          + "|(?<en2>(?<en2d>\\d{1,2})\\s+(?<en2m>" + MONTHS + ")\\s+(?<en2y>\\d{4}))"
          + "|(?<eny2>(?<prep>in|since|from|until|by)\\s+(?<ey>(?:19|20)\\d{2})(?!\\d))");

  /** The last absolute date seen in a paragraph. */
  static final class Context {
    int year = -1;
    int month = -1;
    int paragraph = -1;

    void enter(int p) {
      if (p != paragraph) {
        paragraph = p;
        year = -1;
        month = -1;
      }
    }
  }

  List<DateMention> parse(String view, Context ctx) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = P.matcher(view);
    while (m.find()) {
      DateMention d = toDate(m, ctx);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  private static DateMention toDate(Matcher m, Context ctx) {
    int b = m.start();
    int e = m.end();
    if (m.group("range") != null) {
      int a = Integer.parseInt(m.group("ra"));
      int z = Integer.parseInt(m.group("rb"));
      if (!plausible(a) || !plausible(z) || z < a) {
        return null;
      }
      ctx.year = z;
      return new DateMention(b, e, String.valueOf(a), String.valueOf(a), String.valueOf(z));
    }
    if (m.group("since") != null) {
      int y = Integer.parseInt(m.group("sy"));
      if (!plausible(y)) {
        return null;
      }
      ctx.year = y;
      String month = m.group("sm");
      String iso = month == null ? String.valueOf(y) : iso(y, Integer.parseInt(month.replace("月", "")), -1);
      return new DateMention(b, e, iso, iso, null);
    }
    if (m.group("roc") != null) {
      return absolute(b, e, 1911 + Integer.parseInt(m.group("ry")), num(m.group("rm")), num(m.group("rd")), ctx);
    }
    if (m.group("full") != null) {
      int y = Integer.parseInt(m.group("y"));
      return plausible(y) ? absolute(b, e, y, num(m.group("m")), num(m.group("d")), ctx) : null;
    }
    if (m.group("rel") != null) {
      if (ctx.year < 0) {
        return null;
      }
      String w = m.group("rw");
      int y = w.equals("同年") || w.equals("同月") ? ctx.year : ctx.year + 1;
      int month = w.equals("同月") ? ctx.month : num(m.group("relm"));
      return absolute(b, e, y, month, num(m.group("reld")), ctx);
    }
    if (m.group("md") != null) {
      return ctx.year < 0 ? null : absolute(b, e, ctx.year, num(m.group("mdm")), num(m.group("mdd")), ctx);
    }
    if (m.group("en") != null) {
      return absolute(b, e, Integer.parseInt(m.group("eny")), month(m.group("enm")), num(m.group("end")), ctx);
    }
    if (m.group("en2") != null) {
      return absolute(b, e, Integer.parseInt(m.group("en2y")), month(m.group("en2m")), num(m.group("en2d")), ctx);
    }
    int y = Integer.parseInt(m.group("ey"));
    DateMention d = absolute(b, e, y, -1, -1, ctx);
    String prep = m.group("prep");
    if (d != null && (prep.equals("since") || prep.equals("from"))) {
      return new DateMention(b, e, d.date(), d.date(), null);
    }
    if (d != null && (prep.equals("until") || prep.equals("by"))) {
      return new DateMention(b, e, d.date(), null, d.date());
    }
    return d;
  }

  private static DateMention absolute(int b, int e, int y, int month, int day, Context ctx) {
    if (!plausible(y) || month > 12 || day > 31) {
      return null;
    }
    ctx.year = y;
    ctx.month = month;
    String iso = iso(y, month, day);
    return new DateMention(b, e, iso, null, null);
  }

  private static String iso(int y, int month, int day) {
    if (month < 1) {
      return String.valueOf(y);
    }
    if (day < 1) {
      return String.format(Locale.ROOT, "%04d-%02d", y, month);
    }
    return String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, day);
  }

  private static boolean plausible(int y) {
    return y >= 1800 && y <= 2100;
  }

  private static int num(String s) {
    return s == null ? -1 : Integer.parseInt(s);
  }

  private static int month(String name) {
    return List.of(MONTHS.split("\\|")).indexOf(name.toLowerCase(Locale.ROOT)) + 1;
  }
}
