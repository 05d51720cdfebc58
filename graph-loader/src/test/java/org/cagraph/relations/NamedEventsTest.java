package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Discovery;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.Simplifier;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import org.cagraph.text.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Agreements and events a text names that the gazetteer lacks, and the document's later references
 * to them by their kind (the declaration, в учениях, на форуме), read as {@code kg extract} reads
 * them: discovery over the paper, then linking with what was discovered, then the rules (no
 * CoreNLP). Sentences written for the test.
 */
class NamedEventsTest {
  private static final Gazetteer G = Gazetteer.load();
  private static final RuleSet RULES = RuleSet.load();

  /** The facts read from {@code text} (one paragraph per line), as "subject PREDICATE object". */
  static List<String> facts(String text) {
    List<Sentence> sentences =
        Paper.of(
                new SourceDocument(
                    "p_0000000000000001", Path.of("p.txt"), text, "txt", "0", List.of(0)))
            .sentences();
    List<List<Mention>> first = new Linker(G).link(sentences);
    Discovery d = new Discovery(G);
    for (int i = 0; i < sentences.size(); i++) {
      String t = sentences.get(i).text();
      d.observe(
          new AnnotatedSentence(sentences.get(i), Simplifier.forNlp(t), List.of(), List.of()),
          first.get(i));
    }
    List<Actor> found = d.actors();
    Gazetteer g = G.with(found);
    List<List<Mention>> mentions = new Linker(g).link(sentences);
    RuleEngine engine = new RuleEngine(RULES, g::get);
    RuleEngine.PaperState state = new RuleEngine.PaperState(null);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Statement s : engine.extract(sentences.get(i), mentions.get(i), state)) {
        if (s.asserted()) {
          out.add(s.subject() + " " + s.predicate() + " " + s.object());
        }
      }
    }
    return out;
  }

  @Test
  void aRussianDeclarationNamedByItsCityIsSignedWhereABareDeclarationFollows() {
    List<String> f =
        facts(
            "В мае лидеры Казахстана и Киргизии собрались в Оше и приняли Ошскую декларацию о воде. "
                + "Позднее Узбекистан также подписал декларацию.\n");
    assertTrue(f.contains("uzbekistan SIGNED oshskaya_deklaratsiya"), f.toString());
  }

  @Test
  void aBareDeclarationWithATopicOfItsOwnIsANewOne() {
    List<String> f =
        facts(
            "В мае лидеры Казахстана и Киргизии собрались в Оше и приняли Ошскую декларацию о воде. "
                + "Позднее Узбекистан подписал декларацию о транзите с Туркменией.\n");
    assertFalse(f.contains("uzbekistan SIGNED oshskaya_deklaratsiya"), f.toString());
  }

  @Test
  void aQuotedForumKeepsItsKindAndABareForumLaterIsIt() {
    List<String> f =
        facts(
            "В октябре в Ташкенте открылся форум «Ферганская долина — 2030».\n"
                + "В форуме приняли участие Таджикистан и Киргизия.\n");
    assertTrue(f.contains("tajikistan PARTICIPATES_IN ferganskaya_dolina_2030"), f.toString());
  }

  @Test
  void aBareForumAfterAnAdjectiveIsAnotherOne() {
    List<String> f =
        facts(
            "В октябре в Ташкенте открылся форум «Ферганская долина — 2030».\n"
                + "В молодёжном форуме приняли участие Таджикистан и Киргизия.\n");
    assertFalse(f.contains("tajikistan PARTICIPATES_IN ferganskaya_dolina_2030"), f.toString());
  }

  @Test
  void aBareAgreementAJoiningVerbTakesIsTheParagraphsAgreementOfThatKind() {
    List<String> f =
        facts(
            "Ашхабадское соглашение о транспортном коридоре подписали Иран и Оман. "
                + "Позднее к соглашению присоединился Казахстан.\n");
    assertTrue(f.contains("kazakhstan SIGNED ashgabat_agreement"), f.toString());
    List<String> ratified =
        facts(
            "Армения и Россия подписали Договор о коллективной безопасности в Ташкенте. "
                + "Через год Белоруссия ратифицировала договор.\n");
    assertTrue(ratified.contains("belarus SIGNED collective_security_treaty"), ratified.toString());
  }

  @Test
  void aBareAgreementIsNoneWhenTwoOfThatKindWereNamedOrItHasATopicOfItsOwn() {
    List<String> two =
        facts(
            "Ашхабадское соглашение и Нахичеванское соглашение обсуждались в Баку. "
                + "Позднее к соглашению присоединился Казахстан.\n");
    assertFalse(two.stream().anyMatch(x -> x.startsWith("kazakhstan SIGNED")), two.toString());
    List<String> own =
        facts(
            "Ашхабадское соглашение о транспортном коридоре подписали Иран и Оман. "
                + "Позднее Казахстан ратифицировал соглашение с Китаем.\n");
    assertFalse(own.contains("kazakhstan SIGNED ashgabat_agreement"), own.toString());
    List<String> none =
        facts(
            "Иран и Оман обсудили транспортный коридор. Позднее к соглашению присоединился Казахстан.\n");
    assertFalse(none.stream().anyMatch(x -> x.startsWith("kazakhstan SIGNED")), none.toString());
  }

  @Test
  void aBareAgreementWithADescriptionOfItsOwnIsANewOne() {
    String first = "Армения и Белоруссия подписали Договор о коллективной безопасности. ";
    List<String> participle =
        facts(first + "Позднее Монголия ратифицировала договор, подписанный с Японией.\n");
    assertFalse(
        participle.stream()
            .anyMatch(
                x ->
                    x.endsWith("SIGNED collective_security_treaty")
                        && (x.startsWith("mongolia") || x.startsWith("japan"))),
        participle.toString());
    List<String> year =
        facts(first + "Позднее Монголия ратифицировала договор 2019 года с Японией о торговле.\n");
    assertFalse(year.contains("mongolia SIGNED collective_security_treaty"), year.toString());
    List<String> timed =
        facts(first + "Монголия ратифицировала договор в 2021 году и вступила в организацию.\n");
    assertTrue(timed.contains("mongolia SIGNED collective_security_treaty"), timed.toString());
  }

  @Test
  void theDocumentIsNoReferenceToTheLastAgreementNamed() {
    List<String> f =
        facts(
            "Iran and Oman signed the Ashgabat Agreement in 2011. In 2018 Tajikistan and"
                + " Turkmenistan drafted a joint communique on energy, and Kyrgyzstan signed the"
                + " document in 2019.\n");
    assertFalse(f.contains("kyrgyzstan SIGNED ashgabat_agreement"), f.toString());
    List<String> none =
        facts(
            "Iran and Oman discussed a corridor in 2011. Kazakhstan acceded to the document in 2015.\n");
    assertFalse(none.stream().anyMatch(x -> x.startsWith("kazakhstan SIGNED")), none.toString());
  }

  @Test
  void anEditionIsNoReferenceToTheLastEventNamed() {
    // an edition may be of any recurring event, named or not: the last one named is a guess
    List<String> f =
        facts(
            "Mongolia and China held the Steppe Eagle exercise in 2019. Tajikistan hosted the"
                + " Dushanbe Water Forum in 2022. Iran took part in the 2019 edition.\n");
    assertFalse(f.stream().anyMatch(x -> x.startsWith("iran PARTICIPATES_IN")), f.toString());
  }

  @Test
  void aBareSummitAfterABlocsSummitInACityIsThatMeeting() {
    List<String> f =
        facts(
            "В июне на саммите ОДКБ в Минске обсуждали границу. "
                + "Позднее в саммите принял участие Казахстан.\n");
    assertTrue(
        f.stream()
            .anyMatch(x -> x.startsWith("kazakhstan PARTICIPATES_IN ") && x.contains("minsk")),
        f.toString());
  }

  @Test
  void aQuotedExerciseKeepsItsKindAndTheBareExerciseTwoSentencesLaterIsIt() {
    List<String> f =
        facts(
            "В августе Россия провела учения «Горный рубеж-2025» на юге Таджикистана. "
                + "Манёвры продлились неделю. "
                + "В учениях также участвовали военнослужащие Киргизии.\n");
    assertTrue(f.contains("kyrgyzstan PARTICIPATES_IN gornyy_rubezh_2025"), f.toString());
  }

  @Test
  void aBareNounAfterAnUnnamedOneOfItsKindIsThatOneNotTheNamedOne() {
    // a forum, an exercise or a summit read as a new one (an adjective, другой, собственные, в a
    // city) stands between: the later bare noun is that unnamed one, not the one named before
    List<String> forum =
        facts(
            "В апреле в Оше прошёл форум «Алайская долина — 2031». "
                + "В июле Узбекистан провёл туристический форум в Бухаре. "
                + "В форуме участвовал Таджикистан.\n");
    assertFalse(
        forum.stream().anyMatch(x -> x.startsWith("tajikistan PARTICIPATES_IN")), forum.toString());
    List<String> other =
        facts(
            "В апреле в Оше прошёл форум «Алайская долина — 2031». "
                + "Летом Узбекистан провёл другой форум. В форуме участвовал Таджикистан.\n");
    assertFalse(
        other.stream().anyMatch(x -> x.startsWith("tajikistan PARTICIPATES_IN")), other.toString());
    List<String> exercise =
        facts(
            "В июне прошли учения «Памирский щит-2031». "
                + "Позже Россия и Монголия провели совместные учения в Бурятии. "
                + "В учениях участвовал и Таджикистан.\n");
    assertFalse(
        exercise.stream().anyMatch(x -> x.startsWith("tajikistan PARTICIPATES_IN")),
        exercise.toString());
    List<String> own =
        facts(
            "В июне прошли учения «Памирский щит-2031». "
                + "Позже Монголия провела собственные учения. В учениях участвовал и Таджикистан.\n");
    assertFalse(
        own.stream().anyMatch(x -> x.startsWith("tajikistan PARTICIPATES_IN")), own.toString());
    List<String> summit =
        facts(
            "На саммите ОДКБ в Бишкеке Армения выдвинула инициативу. Позднее Белоруссия"
                + " пропустила очередной саммит в Астане, а в саммите участвовал Таджикистан.\n");
    assertFalse(
        summit.stream().anyMatch(x -> x.startsWith("tajikistan PARTICIPATES_IN")),
        summit.toString());
    // the named one right before it still is
    List<String> named =
        facts(
            "В апреле в Оше прошёл форум «Алайская долина — 2031». "
                + "В форуме участвовал Таджикистан.\n");
    assertTrue(
        named.contains("tajikistan PARTICIPATES_IN alayskaya_dolina_2031"), named.toString());
  }

  @Test
  void aBlocsSummitInAStateIsTheBlocsNotAMeetingNamedByIt() {
    List<String> f = facts("На саммите ЕАЭС в Киргизии Лукашенко встретился с Токаевым.\n");
    assertFalse(f.stream().anyMatch(x -> x.contains("_v_")), f.toString());
  }

  @Test
  void aBareExerciseWithNoExerciseNamedBeforeIsNone() {
    List<String> f =
        facts(
            "В августе Россия провела форум «Горный рубеж-2025» в Душанбе. "
                + "В учениях также участвовали военнослужащие Киргизии.\n");
    assertFalse(f.stream().anyMatch(x -> x.startsWith("kyrgyzstan PARTICIPATES_IN")), f.toString());
  }
}
