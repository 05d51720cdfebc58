package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cagraph.actors.Linker;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static List<DateMention> parse(String text) {
    DateParser.Context ctx = new DateParser.Context();
    ctx.enter(1);
    return new DateParser().parse(Linker.key(text), ctx);
  }

  private static String first(String text) {
    return parse(text).get(0).date();
  }

  @Test
  void everyShapeThePapersUse() {
    assertEquals("1992-05-15", first("1992年5月15日"));
    assertEquals("1992-05-15", first("1992 年 5 月 15 日"));
    assertEquals("1994", first("1994年春"));
    assertEquals("2023", first("民國112年"));
    assertEquals("2023-12-15", first("中華民國 112 年 12 月 15 日"));
    assertEquals("1992-05-15", first("May 15, 1992"));
    assertEquals("2014", first("in 2014"));
    DateMention range = parse("2011年至2016年").get(0);
    assertEquals("2011", range.since());
    assertEquals("2016", range.until());
    DateMention since = parse("自2005年起").get(0);
    assertEquals("2005", since.since());
    DateMention span = parse("the lease ran from 2004 to 2009 under that agreement").get(0);
    assertEquals("2004", span.since(), "from a year to a year is one span, not a start alone");
    assertEquals("2009", span.until());
    assertEquals(1, parse("from 2004 to 2009").size());
    assertEquals("2004", parse("agreements from 2004 and 2005").get(0).date());
  }

  @Test
  void relativeDatesUseTheLastDateOfTheParagraph() {
    DateParser.Context ctx = new DateParser.Context();
    ctx.enter(1);
    DateParser p = new DateParser();
    p.parse(Linker.key("1993年9月"), ctx);
    assertEquals("1993-10", p.parse(Linker.key("同年10月"), ctx).get(0).date());
    assertEquals("1994-05", p.parse(Linker.key("隔年5月"), ctx).get(0).date());
    ctx.enter(2);
    assertEquals(
        List.of(), p.parse(Linker.key("次年"), ctx), "a new paragraph has no date to lean on");
  }

  @Test
  void aCountOfYearsOrMonthsLaterMovesTheParagraphsDateOn() {
    DateParser.Context ctx = new DateParser.Context();
    ctx.enter(1);
    DateParser p = new DateParser();
    p.parse(Linker.key("Armenia joined in January 2015"), ctx);
    assertEquals(
        "2015-08", p.parse(Linker.key("and Kyrgyzstan seven months later"), ctx).get(0).date());
    assertEquals("2020", p.parse(Linker.key("five years later it left"), ctx).get(0).date());
    assertEquals("2026", p.parse(Linker.key("спустя шесть лет"), ctx).get(0).date());
    assertEquals("2028", p.parse(Linker.key("два года спустя"), ctx).get(0).date());
    assertEquals("2029", p.parse(Linker.key("спустя год"), ctx).get(0).date());
    assertEquals("2041", p.parse(Linker.key("十二年後再度退出"), ctx).get(0).date());
    assertEquals("2061", p.parse(Linker.key("二十年后"), ctx).get(0).date());
    // a year with 後 after it is that year's aftermath, not a count
    assertEquals("2001", p.parse(Linker.key("2001年後"), ctx).get(0).date());
    ctx.enter(2);
    assertEquals(
        List.of(),
        p.parse(Linker.key("five years later"), ctx),
        "a new paragraph has no date to count from");
  }

  @Test
  void daysAndWeeksLaterKeepWhatTheSpanAllows() {
    DateParser.Context ctx = new DateParser.Context();
    ctx.enter(1);
    DateParser p = new DateParser();
    p.parse(Linker.key("Tokayev requested help on 5 January 2022"), ctx);
    assertEquals("2022-01-05", p.parse(Linker.key("the same night"), ctx).get(0).date());
    assertEquals(
        "2022-01", p.parse(Linker.key("within days troops were flown in"), ctx).get(0).date());
    assertEquals("2022", p.parse(Linker.key("weeks later they left"), ctx).get(0).date());
    p.parse(Linker.key("28 декабря 2021 года"), ctx);
    assertEquals(
        "2021",
        p.parse(Linker.key("через несколько дней"), ctx).get(0).date(),
        "days after the 28th may be the next month");
    p.parse(Linker.key("2014年6月3日"), ctx);
    assertEquals("2014-06-03", p.parse(Linker.key("當天"), ctx).get(0).date());
    assertEquals("2014-06", p.parse(Linker.key("數日後"), ctx).get(0).date());
    assertEquals(List.of(), p.parse(Linker.key("兩者不可同日而語"), ctx));
    assertEquals(List.of(), p.parse(Linker.key("當天然氣價格上漲"), ctx));
  }

  @Test
  void chineseCounts() {
    assertEquals(6, DateParser.count("六"));
    assertEquals(12, DateParser.count("十二"));
    assertEquals(20, DateParser.count("二十"));
    assertEquals(2, DateParser.count("两"));
    assertEquals(35, DateParser.count("三十五"));
    assertEquals(-1, DateParser.count("数"));
  }

  @Test
  void russianDates() {
    assertEquals("2004-03-20", first("Соглашение подписано 20 марта 2004 года в Москве."));
    assertEquals("2004-05", first("в мае 2004 года"));
    assertEquals("1997", first("В 1997 году к договору присоединилась Молдавия."));
    assertEquals("1996", first("1996 г."));
    DateMention since = parse("с 2006 года база работает").get(0);
    assertEquals("2006", since.since());
    DateMention until = parse("аренда продлена до 2040 года").get(0);
    assertEquals("2040", until.until());
    assertEquals(List.of(), parse("к 2030 году"), "a target year is no date of the relation");
    assertEquals(List.of(), parse("в 1990-х годах"), "nor is a decade");
  }

  @Test
  void englishYearsBeforeANounAndWithinASpan() {
    assertEquals("2014", first("After the 2014 annexation of Crimea, trade fell."));
    assertEquals("2019", first("in early 2019"));
    assertEquals("2020", first("during 2020"));
    List<DateMention> span = parse("Between 1995 and 2005, the two states held twenty summits.");
    assertEquals(List.of("1995", "2005"), span.stream().map(DateMention::date).toList());
    assertEquals(null, span.get(0).since(), "a span of events, not the relation's bounds");
    assertEquals(null, span.get(1).until());
    assertEquals(List.of(), parse("the 300 agreements"), "a count is no year");
  }

  @Test
  void aMonthAndDayWithoutAYearTakeTheParagraphsOrElseTheDocumentsYear() {
    DateParser p = new DateParser();
    DateParser.Context dated = new DateParser.Context("2021-06-30");
    dated.enter(1);
    assertEquals("2021-03-08", p.parse(Linker.key("3月8日，兩國外長在北京會談。"), dated).get(0).date());
    dated.enter(2);
    assertEquals(
        "2021-04-02", p.parse(Linker.key("On April 2, the ministers met."), dated).get(0).date());
    dated.enter(3);
    assertEquals(
        "2020-11-11",
        p.parse(Linker.key("11月11日，峰會以視訊舉行。"), dated).get(0).date(),
        "a month after the document's is the year before");
    p.parse(Linker.key("2019年，兩國建交。"), dated);
    assertEquals("2019-09-01", p.parse(Linker.key("9月1日雙方簽約。"), dated).get(0).date());
    DateParser.Context undated = new DateParser.Context();
    undated.enter(1);
    assertEquals(List.of(), p.parse(Linker.key("3月8日，兩國外長在北京會談。"), undated));
  }

  @Test
  void decadesAreNotDates() {
    assertEquals(List.of(), parse("1990年代"));
  }

  @Test
  void chineseMonthsTakeTheParagraphsYear() {
    DateParser.Context ctx = new DateParser.Context();
    ctx.enter(1);
    List<DateMention> ds =
        new DateParser().parse(Linker.key("1992年1月加入歐安會，3月成為會員，五月簽署條約，三個月後"), ctx);
    // 三個月後 is no March: three months after May
    assertEquals(
        List.of("1992-01", "1992-03", "1992-05", "1992-08"),
        ds.stream().map(DateMention::date).toList());
  }

  @Test
  void relativeYearsNeedADateToCountFrom() {
    DateParser.Context dated = new DateParser.Context("2023-12-15");
    dated.enter(1);
    assertEquals(
        List.of("2023", "2022"),
        new DateParser()
            .parse(Linker.key("今年加入，去年申請"), dated).stream().map(DateMention::date).toList());
    DateParser.Context undated = new DateParser.Context();
    undated.enter(1);
    assertEquals(List.of(), new DateParser().parse(Linker.key("今年加入，去年申請"), undated));
    DateParser.Context paragraph = new DateParser.Context("2023-12-15");
    paragraph.enter(1);
    assertEquals(
        List.of("2001", "2002"),
        new DateParser()
            .parse(Linker.key("2001年成立，隔年擴大"), paragraph).stream().map(DateMention::date).toList(),
        "隔年 counts from the paragraph's last date, not the paper's");
  }

  @Test
  void untilAYearIsAnEnd() {
    DateMention d = parse("擔任總統職務直至2019，並").get(0);
    assertEquals("2019", d.date());
    assertEquals("2019", d.until());
    assertEquals(null, d.since());
  }

  @Test
  void byAYearIsNoEnd() {
    DateMention d =
        parse("By 2023 Iran, a full member of the SCO since that year, had grown").get(0);
    assertEquals("2023", d.date());
    assertEquals(null, d.until(), "by 2023 sees a state at 2023; it does not end it");
    DateMention month = parse("by May 2023 Iran was a member").get(0);
    assertEquals(null, month.until());
    assertEquals("2019", parse("a member until 2019").get(0).until(), "until still ends");
  }

  @Test
  void aStartAndAnEndInOneClauseAreOneSpan() {
    DateMention d = parse("自2005年起擔任總統直至2019年").get(0);
    assertEquals("2005", d.since());
    assertEquals("2019", d.until());
    DateMention independence = parse("獨立第一天起擔任總統職務直至2019").get(0);
    assertEquals("1991", independence.since(), "independence, in papers on Central Asia, is 1991");
    assertEquals("2019", independence.until());
    assertEquals(
        List.of("2019"),
        parse("在獨立前就是總書記，擔任總統職務直至2019").stream().map(DateMention::date).toList(),
        "獨立前 is no date");
    assertEquals(2, parse("2005年起擔任總統，直至2019年").size(), "a clause mark between them: two dates");
  }

  @Test
  void aPrepositionBeforeAMonthMakesItABound() {
    DateMention ru = parse("Пост председателя он занимает с марта 2019 года.").get(0);
    assertEquals("2019-03", ru.since());
    assertEquals("2011-10", parse("Миссия работала до октября 2011 года.").get(0).until());
    DateMention en = parse("He has chaired the council since April 2018.").get(0);
    assertEquals("2018-04", en.since());
    assertEquals("2018-04", en.date());
    assertEquals("2007-11", parse("the mission ran until November 2007").get(0).until());
    assertEquals(null, parse("in April 2018").get(0).since());
  }

  @Test
  void rangesWithMonthsAndRussianRanges() {
    DateMention zh = parse("2003年4月至2007年11月，他擔任外交部長").get(0);
    assertEquals("2003-04", zh.since());
    assertEquals("2007-11", zh.until());
    DateMention ru = parse("с 2003 по 2009 год он возглавлял министерство").get(0);
    assertEquals("2003", ru.since());
    assertEquals("2009", ru.until());
    DateMention en = parse("the base was used from 2002 until 2014").get(0);
    assertEquals("2002", en.since());
    assertEquals("2014", en.until());
  }

  @Test
  void anEndTheTextDatesByWhatEndedIt() {
    DateMention ru = parse("руководил страной с 1994 года до своей отставки в 2011 году").get(0);
    assertEquals("1994", ru.since());
    assertEquals("2011", ru.until(), "a start and what ended it, in one clause, are one span");
    DateMention en =
        parse("He led the party from independence until his resignation in 1999.").get(0);
    assertEquals("1991", en.since());
    assertEquals("1999", en.until());
    assertEquals("2008", parse("She served until the elections in 2008.").get(0).until());
    assertEquals(null, parse("He visited Astana in 2008.").get(0).until());
    assertEquals(
        null,
        parse("связи установлены ещё до распада СССР в 1991 году").get(0).until(),
        "до alone is as often 'before'");
  }

  @Test
  void russianUntilBeforeANounOfLeavingOfficeIsAnEnd() {
    DateMention span =
        parse("Бакиев правил Киргизией с 2005 года до свержения в апреле 2010 года.").get(0);
    assertEquals("2005", span.since());
    assertEquals("2010-04", span.until());
    DateMention end = parse("Он руководил страной до отставки в 2019 году.").get(0);
    assertEquals("2019", end.until());
    // near misses: before (ещё до), and до before a noun of no leaving
    assertEquals(null, parse("Ещё до отставки в 2019 году он подписал указ.").get(0).until());
    assertEquals(null, parse("Это было до распада СССР в 1991 году.").get(0).until());
  }

  @Test
  void anEventNamedByItsDayTakesTheTablesYearOrNone() {
    String text = Linker.key("After the September 11 attacks, the United States deployed troops.");
    DateParser.Context ctx = new DateParser.Context("2023-12-15");
    ctx.enter(1);
    DateParser p = new DateParser();
    p.parse(Linker.key("Kazakhstan joined the CSTO in 1994."), ctx);
    List<DateMention> named = p.parse(text, ctx);
    assertEquals(1, named.size(), named.toString());
    assertEquals("2001", named.get(0).date(), "the year of data/rules/time-named.tsv");
    DateParser.Context other = new DateParser.Context("2023-12-15");
    other.enter(1);
    DateParser bare = new DateParser(List.of(), List.of());
    bare.parse(Linker.key("Kazakhstan joined the CSTO in 1994."), other);
    assertEquals(
        List.of(), bare.parse(text, other), "never the paragraph's year nor the document's");
    // a day with no event noun after it is still a day of the paragraph's year
    assertEquals(
        "1994-09-11", bare.parse(Linker.key("On September 11 they met."), other).get(0).date());
  }

  @Test
  void twoRussianYearsBeforeOneSingularYearWordAreTwoDates() {
    List<DateMention> two = parse("вступили в ВТО в 1998 и в 2013 году");
    assertEquals(2, two.size(), two.toString());
    assertEquals("1998", two.get(0).date());
    assertEquals("2013", two.get(1).date());
  }

  @Test
  void theNounsOfLeavingOfficeAreTheEndLexicons() {
    // падения is in time-end.lex, not in the words the pattern once listed itself
    assertEquals("2010", parse("Он правил страной до падения режима в 2010 году.").get(0).until());
    assertEquals(
        "2019", parse("Он руководил партией до ухода с поста в 2019 году.").get(0).until());
    String text = Linker.key("Он правил до низложения в 2010 году.");
    DateParser.Context ctx = new DateParser.Context();
    ctx.enter(1);
    assertEquals(
        "2010",
        new DateParser(List.of(), List.of("# nouns", "низложения")).parse(text, ctx).get(0).until(),
        "a word added to the lexicon serves DateParser too");
    assertEquals(
        null,
        new DateParser(List.of(), List.of("отставки")).parse(text, ctx).get(0).until(),
        "a word the lexicon lacks ends nothing");
  }

  @Test
  void aYearAfterAnEventTheTextNamesIsNoYearAfterTheParagraphsDate() {
    DateParser.Context ctx = new DateParser.Context();
    ctx.enter(1);
    DateParser p = new DateParser();
    p.parse(Linker.key("Грузия вышла из СНГ в 2009 году"), ctx);
    assertEquals(
        List.of(),
        p.parse(Linker.key(", через год после войны с Россией."), ctx),
        "a year after the war counts from the war, which has no date here");
    assertEquals("2010", p.parse(Linker.key("Через год она"), ctx).get(0).date());
    assertEquals(List.of(), p.parse(Linker.key("the year after the war"), ctx));
    assertEquals(
        "2011",
        p.parse(Linker.key("The year after, it"), ctx).get(0).date(),
        "the year after the paragraph's last date, 2010");
  }

  @Test
  void russianAndEnglishYearsOfTheParagraph() {
    DateParser.Context ctx = new DateParser.Context();
    ctx.enter(1);
    DateParser p = new DateParser();
    p.parse(Linker.key("Договор подписан 5 мая 2004 года"), ctx);
    assertEquals("2004-09", p.parse(Linker.key("а в сентябре того же года"), ctx).get(0).date());
    assertEquals("2005", p.parse(Linker.key("В следующем году"), ctx).get(0).date());
    assertEquals(
        "2006-02", p.parse(Linker.key("in February of the following year"), ctx).get(0).date());
    assertEquals("2006", p.parse(Linker.key("later that year"), ctx).get(0).date());
    List<DateMention> two = parse("Страна выходила из союза в 1997 и в 2003 годах.");
    assertEquals(List.of("1997", "2003"), two.stream().map(DateMention::date).toList());
  }

  @Test
  void aChronologysEntryGivesItsYearFirst() {
    assertEquals("2009-07", first("2009, июль — стороны подписывают соглашение"));
    assertEquals("2011-04-12", first("2011, 12 апреля — открытие консульства"));
    assertEquals("2013-02-03", first("2013, February 3 — the leaders meet"));
    assertEquals(List.of(), parse("Of the states, may join later"), "no year, no date");
    assertEquals(
        List.of("2014"),
        parse("In talks in 2014, may officials agreed").stream().map(DateMention::date).toList(),
        "only at the head of an entry");
  }

  @Test
  void aStartTheTextDatesByWhatBeganIt() {
    assertEquals("2002", parse("a member since its founding in 2002").get(0).since());
    assertEquals(
        "2002", parse("член организации с момента её создания в 2002 году").get(0).since());
    assertEquals(
        null,
        parse("после войны с Арменией в 1994 году").get(0).since(),
        "Russian с alone is as often 'with'");
    assertEquals("2016", parse("a 2016 agreement on transit").get(0).date());
    DateMention zh = parse("擔任總統至2019年").get(0);
    assertEquals("2019", zh.until());
    assertEquals(null, parse("截至2023年底").get(0).until(), "截至 observes, it does not end");
  }

  @Test
  void monthsAndPartsOfTheParagraphsYear() {
    DateParser.Context ctx = new DateParser.Context();
    ctx.enter(1);
    DateParser p = new DateParser();
    p.parse(Linker.key("2008年8月，兩國爆發戰爭"), ctx);
    assertEquals("2008-08", p.parse(Linker.key("同一個月，該國宣布退出"), ctx).get(0).date());
    assertEquals("2008-09", p.parse(Linker.key("次月，雙方停火"), ctx).get(0).date());
    assertEquals("2008-09-12", p.parse(Linker.key("同月12日簽署協議"), ctx).get(0).date());
    assertEquals(
        "2008-10", p.parse(Linker.key("the following month, talks resumed"), ctx).get(0).date());
    assertEquals("2008-10", p.parse(Linker.key("в том же месяце"), ctx).get(0).date());
    assertEquals("2008", p.parse(Linker.key("並於年底撤軍"), ctx).get(0).date());
    ctx.enter(2);
    assertEquals(List.of(), p.parse(Linker.key("同月"), ctx), "no month to count from");
    assertEquals(List.of(), p.parse(Linker.key("年底"), ctx));
  }

  private static String bounds(String text) {
    DateMention d = parse(text).get(0);
    return d.date() + " " + d.since() + " " + d.until();
  }

  @Test
  void startsEndsAndSpansInEveryFormOfDate() {
    // a start with a day, a part of the year, or a year of the Republic
    assertEquals("2015-03-01 2015-03-01 null", bounds("自2015年3月1日起"));
    assertEquals("2014 2014 null", bounds("自2014年底起"));
    assertEquals("2015 2015 null", bounds("自民國104年起"));
    assertEquals("2015 2015 null", bounds("民國104年以來"));
    assertEquals("2015 null null", bounds("民國104年"));
    assertEquals("2001 2001 2005", bounds("民國90年至94年"));
    assertEquals("2015 null null", bounds("2015年起草"), "起草 is drafting, no start");
    // an end with a day, and 到…為止
    assertEquals("2019-03-20 null 2019-03-20", bounds("直至2019年3月20日"));
    assertEquals("2019 null 2019", bounds("到2019年為止"));
    assertEquals("2019-03 null 2019-03", bounds("到2019年3月為止"));
    // English: a day with its preposition, through, the end of a year, as of
    assertEquals("2015-03-15 2015-03-15 null", bounds("since 15 March 2015"));
    assertEquals("2019-03-15 null 2019-03-15", bounds("until 15 March 2019"));
    assertEquals("2019 null 2019", bounds("through 2019"));
    assertEquals("2019 null 2019", bounds("until the end of 2019"));
    assertEquals("2019 2019 null", bounds("ever since the spring of 2019"));
    assertEquals("2019 null null", bounds("by the end of 2019"), "the as-of lexicon's, no bound");
    assertEquals("2020 null null", bounds("as of 2020"));
    // a span whose end has no preposition of its own, and a range after in or during
    assertEquals("2001-03 2001-03 2005-06", bounds("from March 2001 to June 2005"));
    assertEquals("2001-03-01 2001-03-01 2005-06-30", bounds("from 1 March 2001 to 30 June 2005"));
    assertEquals("2001 2001 2005", bounds("in 2001–2005"));
    assertEquals("2001 2001 2005", bounds("during 2001-2005"));
    // Russian: по as an end, с конца / до конца, к after a past form
    assertEquals("2019 null 2019", bounds("по 2019 год"));
    assertEquals("2014 2014 null", bounds("с конца 2014 года"));
    assertEquals("2019 null 2019", bounds("до конца 2019 года"));
    assertEquals("2009 null 2009", bounds("эмбарго, отменённое к 2009 году"));
    assertEquals("2005 null 2005", bounds("войска были выведены к 2005 году"));
    assertEquals(List.of(), parse("планирует увеличить товарооборот к 2030 году"), "a target");
    assertEquals(List.of(), parse("Казахстан к 2030 году"), "a target");
    assertEquals(2, parse("joined in 1994 and 2002 respectively").size(), "two dates");
    assertEquals("1992-05 null null", bounds("一九九二年五月"), "a year in Chinese numerals");
    assertEquals("2015 2015 null", bounds("自二〇一五年起"));
    // until what ended it, a few words on: the date of that end
    assertEquals(
        "2015 null 2015",
        bounds("France kept a hangar there until it flew out its last jets in 2015"));
  }

  @Test
  void sinceAnEventTheClauseNamesAfterItsDate() {
    DateMention independence = parse("自1991年12月獨立以來").get(0);
    assertEquals("1991-12", independence.since(), "since its independence in December 1991");
    assertEquals("2001", parse("自2001年成立以來").get(0).since());
    assertEquals("2001", parse("該組織2001年成立").get(0).date());
    assertEquals(null, parse("該組織2001年成立").get(0).since(), "founded in 2001 is no since");
  }

  @Test
  void theNextDayIsTheDayAfterTheParagraphsLastDay() {
    List<DateMention> en =
        parse("Nazarbayev resigned on 19 March 2019, and Tokayev was sworn in the next day.");
    assertEquals("2019-03-20", en.get(en.size() - 1).date());
    List<DateMention> zh = parse("1991年12月31日，蘇聯解體，次日各國開始運作。");
    assertEquals("1992-01-01", zh.get(zh.size() - 1).date(), "the next day of a year's last day");
    List<DateMention> ru =
        parse("Он ушёл в отставку 19 марта 2019 года, а на следующий день Токаев принёс присягу.");
    assertEquals("2019-03-20", ru.get(ru.size() - 1).date());
    assertEquals(
        1,
        parse("Nazarbayev resigned in March 2019, and Tokayev was sworn in the next day.").size(),
        "a month gives no day to follow");
  }

  @Test
  void afterAYearInRussianIsASince() {
    assertEquals("2001", parse("Вашингтон пользовался базой после 2001 года").get(0).since());
    assertEquals(null, parse("Вашингтон пользовался базой в 2001 году").get(0).since());
  }

  @Test
  void aBareMonthCoordinatedWithAMonthAndYearTakesThatYear() {
    assertEquals(
        List.of("2015-01", "2015-08"),
        parse("They joined in January and August 2015 respectively.").stream()
            .map(DateMention::date)
            .toList());
    assertEquals(List.of(), parse("They met in January and agreed."), "no year: no date");
  }
}
