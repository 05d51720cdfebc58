package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clause set off by commas between a main clause's subject and its verb ({@link
 * InsertedClauses}): the main clause is read across it, in its own status; the inserted clause's
 * negation stays its own, and its actor is no subject of the main verb.
 */
class InsertedClausesTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aFormerMemberSetOffByCommasIsNoMember() throws Exception {
    List<String> f = facts("Узбекистан, бывший член ОДКБ, сохранил связи с Россией.");
    assertFalse(f.contains("uzbekistan MEMBER_OF csto"), f.toString());
    List<String> g = facts("Грузия, бывшая участница СНГ, подписала соглашение с ЕС.");
    assertFalse(g.contains("georgia MEMBER_OF cis"), g.toString());
    List<String> h = facts("Киргизия, член ОДКБ, провела учения.");
    assertTrue(h.contains("kyrgyzstan MEMBER_OF csto"), h.toString());
    // … but бывший before a preposition is who was: the membership until 2012 is still read
    List<String> k = facts("Узбекистан, бывший в составе ОДКБ до 2012 года, сблизился с США.");
    assertTrue(k.contains("uzbekistan MEMBER_OF csto"), k.toString());
  }

  @Test
  void aParticipleClauseOpenedByAnAdverbIsCutToo() throws Exception {
    // дважды, официально, в 1992 году before the participle: still a participle clause
    List<String> f =
        facts("Узбекистан, дважды выходивший из ОДКБ, с 2020 года является наблюдателем в ЕАЭС.");
    assertTrue(f.contains("uzbekistan MEMBER_OF eaeu"), f.toString());
    List<String> g = facts("Туркмения, официально не входящая ни в один блок, граничит с Ираном.");
    assertTrue(g.contains("iran BORDERS turkmenistan"), g.toString());
    List<String> k = facts("Армения, всё ещё формально входящая в ОДКБ, граничит с Турцией.");
    assertTrue(k.contains("armenia MEMBER_OF csto"), k.toString());
    List<String> m =
        facts("Астана, в последние годы активно развивающая связи с Анкарой, вступила в ОТГ.");
    assertTrue(m.contains("kazakhstan MEMBER_OF organization_of_turkic_states"), m.toString());
    // near miss: the main clause's own negation still reads
    List<String> h =
        facts("Узбекистан, дважды выходивший из ОДКБ, не является наблюдателем в ЕАЭС.");
    assertFalse(h.contains("uzbekistan MEMBER_OF eaeu"), h.toString());
  }

  @Test
  void anAdverbialParticiplesActorIsNoSubjectOfTheMainVerb() throws Exception {
    // the actor inside an adverbial participle's aside is its object, not the main verb's subject
    List<String> f = facts("Узбекистан, опасаясь России, вышел из ОДКБ.");
    assertFalse(f.contains("russia WITHDREW_FROM csto"), f.toString());
    List<String> g = facts("Армения, подписав договор с Россией, вышла из ГУАМ.");
    assertFalse(g.contains("russia WITHDREW_FROM guam"), g.toString());
    // an aside after the main verb takes nothing from its clause
    List<String> h = facts("Узбекистан вышел из ОДКБ, опасаясь России.");
    assertTrue(h.contains("uzbekistan WITHDREW_FROM csto"), h.toString());
  }

  @Test
  void anAdverbialParticiplesClauseIsItsSubjectsOwn() throws Exception {
    // fronted, its subject opening the main clause
    List<String> f = facts("Получив кредит от Китая, Таджикистан построил новую дорогу.");
    assertTrue(f.contains("china AIDS tajikistan"), f.toString());
    // between commas after its subject
    List<String> g = facts("Россия, разместив войска в Армении, усилила своё влияние на Кавказе.");
    assertTrue(g.contains("russia HAS_MILITARY_PRESENCE_IN armenia"), g.toString());
    // closing the sentence, imperfective
    List<String> h = facts("Таджикистан строит новые дороги, получая кредиты от Китая.");
    assertTrue(h.contains("china AIDS tajikistan"), h.toString());
    // the main clause is read across a participle's clause between commas, with its actor in it
    List<String> j = facts("Армения, выйдя из переговоров с ЕС, вступила в ЕАЭС.");
    assertTrue(j.contains("armenia MEMBER_OF eaeu"), j.toString());
    assertFalse(j.contains("armenia WITHDREW_FROM eu"), j.toString());
    // near misses: the participle's negation stays its own; a perfective participle before a
    // present-future main verb is ahead; the clause of another subject (что …) is not the first's
    List<String> k = facts("Не получив кредита от Китая, Таджикистан построил дорогу сам.");
    assertFalse(k.contains("china AIDS tajikistan"), k.toString());
    List<String> m = facts("Получив кредит от Китая, Таджикистан построит новую дорогу.");
    assertFalse(m.contains("china AIDS tajikistan"), m.toString());
    List<String> n =
        facts("Киргизия заявила, что Таджикистан строит дороги, получая кредиты от Китая.");
    assertFalse(n.contains("china AIDS kyrgyzstan"), n.toString());
    assertEquals("подписал", InsertedClauses.gerundAsVerb("Подписав"));
    assertEquals("присоединился", InsertedClauses.gerundAsVerb("присоединившись"));
    assertEquals("вышел", InsertedClauses.gerundAsVerb("выйдя"));
    assertEquals("участвует", InsertedClauses.gerundAsVerb("участвуя"));
    assertEquals("является", InsertedClauses.gerundAsVerb("являясь"));
  }

  @Test
  void aRelativeClauseOpenedByItsNounsPrepositionIsCut() throws Exception {
    // на территории которой, на долю которого: the main clause reads across the clause
    List<String> f =
        facts("Киргизия, на территории которой находится авиабаза Кант, входит в ОДКБ.");
    assertTrue(f.contains("kyrgyzstan MEMBER_OF csto"), f.toString());
    List<String> g =
        facts(
            "Казахстан, на долю которого приходится часть инвестиций, вступил в ВТО в 2015 году.");
    assertTrue(g.contains("kazakhstan MEMBER_OF wto"), g.toString());
    List<String> k =
        facts(
            "Киргизия, министром иностранных дел которой является Жээнбек Кулубаев, вступила в ЕАЭС.");
    assertTrue(k.contains("kyrgyzstan MEMBER_OF eaeu"), k.toString());
    // near miss: the clause's actor is no subject of the main verb
    List<String> h =
        facts("Киргизия, на территории которой Россия держит авиабазу Кант, вступила в ЕАЭС.");
    assertFalse(h.contains("russia MEMBER_OF eaeu"), h.toString());
  }

  @Test
  void aPastParticipleIsReadAsItsNounsVerb() throws Exception {
    assertEquals("прибыл", InsertedClauses.finite("прибывший"));
    assertEquals("присоединилась", InsertedClauses.finite("присоединившаяся"));
    assertEquals("вошли", InsertedClauses.finite("вошедшие"));
    assertEquals("вышел", InsertedClauses.finite("вышедший"));
    assertEquals(null, InsertedClauses.finite("граничащий"));
    assertEquals(null, InsertedClauses.finite("вступившим"));
    // бывший before a noun in its own case is the adjective former; before a preposition or an
    // instrumental it is the participle of быть
    assertTrue(InsertedClauses.formerAdjective("□, бывший член □, ", "бывший", 9));
    assertTrue(InsertedClauses.formerAdjective("□, бывшая участница □, ", "бывшая", 9));
    assertFalse(InsertedClauses.formerAdjective("□, бывший в составе □, ", "бывший", 9));
    assertFalse(InsertedClauses.formerAdjective("□, бывший членом □, ", "бывший", 9));
    // a masculine adjective in -ой between бывший and its noun keeps бывший an adjective; an
    // instrumental in -ой (главной базой, столицей) after it is still who was
    assertTrue(InsertedClauses.formerAdjective("□, бывший ключевой союзник □, ", "бывший", 9));
    assertTrue(InsertedClauses.formerAdjective("□, бывший основной член □, ", "бывший", 9));
    assertFalse(InsertedClauses.formerAdjective("□, бывший главной базой □, ", "бывший", 9));
    assertFalse(InsertedClauses.formerAdjective("□, бывший одной из республик □, ", "бывший", 9));
    assertFalse(InsertedClauses.formerAdjective("□, прибывший в □, ", "прибывший", 11));
    assertEquals("прибыли", InsertedClauses.finite("прибывшие"));
    List<String> f =
        facts(
            "Си Цзиньпин, прибывший в Бишкек для участия в саммите «Китай — Центральная Азия»,"
                + " провёл встречи.");
    assertTrue(f.contains("xi_jinping PARTICIPATES_IN china_central_asia_summit"), f.toString());
    // the participle's negation and the verb it governs still reach the clause
    List<String> g =
        facts(
            "Си Цзиньпин, не прибывший в Бишкек для участия в саммите «Китай — Центральная Азия»,"
                + " провёл встречи.");
    assertFalse(g.contains("xi_jinping PARTICIPATES_IN china_central_asia_summit"), g.toString());
    List<String> h =
        facts(
            "Си Цзиньпин, отказавшийся прибыть в Бишкек для участия в саммите «Китай — Центральная"
                + " Азия», провёл встречи.");
    assertFalse(h.contains("xi_jinping PARTICIPATES_IN china_central_asia_summit"), h.toString());
  }

  @Test
  void aRelativeOwnedByANounAndAConcessiveAsideAreCutToo() throws Exception {
    List<String> f =
        facts(
            "Казахстан, экономика которого зависит от экспорта нефти, в 2015 году вступил в ВТО.");
    assertTrue(f.contains("kazakhstan MEMBER_OF wto"), f.toString());
    List<String> g =
        facts(
            "Армения, несмотря на переговоры с Европейским союзом, в 2015 году вступила в"
                + " Евразийский экономический союз.");
    assertTrue(g.contains("armenia MEMBER_OF eaeu"), g.toString());
    // the cut clause's own actor is no subject of the main verb
    List<String> h =
        facts("Казахстан, столицу которого посетила Россия, в 2015 году вступил в ВТО.");
    assertFalse(h.contains("russia MEMBER_OF wto"), h.toString());
  }

  @Test
  void aPastParticipleIsReadOnlyForItsOwnAgreeingNoun() throws Exception {
    List<String> h =
        facts(
            "Си Цзиньпин, прибывший в Астану для участия в саммите «Китай — Центральная Азия»,"
                + " провёл встречи.");
    assertTrue(h.contains("xi_jinping PARTICIPATES_IN china_central_asia_summit"), h.toString());
    List<String> i =
        facts("Иран и Белоруссия, вошедшие в ШОС, открыли там свои представительства.");
    assertTrue(i.contains("iran MEMBER_OF sco"), i.toString());
    assertTrue(i.contains("belarus MEMBER_OF sco"), i.toString());
    List<String> j = facts("Киргизия, вошедшая в ЕАЭС в 2015 году, получила кредиты.");
    assertTrue(j.contains("kyrgyzstan MEMBER_OF eaeu"), j.toString());
    // the actor before the comma is a genitive of another noun: not the participle's subject
    List<String> f =
        facts("Военные Китая, прибывшие в Душанбе для участия в учениях ОДКБ, провели брифинг.");
    assertFalse(f.contains("china PARTICIPATES_IN csto"), f.toString());
    List<String> g =
        facts("Делегация Китая, прибывшая в Ташкент для участия в саммите ШОС, провела встречи.");
    assertFalse(g.contains("china PARTICIPATES_IN sco"), g.toString());
  }

  @Test
  void theMainClauseIsReadAcrossARelativeClauseWhoseNegationStaysItsOwn() throws Exception {
    List<String> f = facts("Туркмения, которая не входит в ОДКБ, граничит с Ираном.");
    assertTrue(f.contains("iran BORDERS turkmenistan"), f.toString());
    assertFalse(f.contains("turkmenistan MEMBER_OF csto"), f.toString());
  }

  @Test
  void theMainClausesNegationStaysAcrossAPositiveRelativeClause() throws Exception {
    List<String> f = facts("Казахстан, который граничит с Россией, так и не вступил в ОДКБ.");
    assertTrue(f.contains("kazakhstan BORDERS russia"), f.toString());
    assertFalse(f.contains("kazakhstan MEMBER_OF csto"), f.toString());
  }

  @Test
  void theMainClauseIsReadAcrossANegatedParticipleClause() throws Exception {
    List<String> f = facts("Монголия, не имеющая выхода к морю, граничит с Китаем.");
    assertTrue(f.contains("china BORDERS mongolia"), f.toString());
    List<Statement> negated =
        Sentences.extract(dir, "Монголия, не входящая в ШОС, не граничит с Казахстаном.");
    assertTrue(Sentences.facts(negated).isEmpty(), negated.toString());
    // the border is read, as the main clause says it: negated
    assertTrue(
        negated.stream()
            .anyMatch(x -> x.predicate().equals("BORDERS") && x.status().equals("negated")),
        negated.toString());
  }

  @Test
  void anActorOfAParticipleClauseIsNoSubjectOfTheMainVerb() throws Exception {
    List<String> f =
        facts("Россия, потерявшая базу в Узбекистане, разместила войска в Таджикистане.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    assertFalse(f.contains("uzbekistan HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void aParticiplePhraseBeforeItsNounIsNotReadWithTheMainVerbsObject() throws Exception {
    // the noun the phrase modifies is no actor (страны, государства, войска): the object of the
    // main verb after it is not that noun
    for (String s :
        List.of(
            "Вступившие в ЕАЭС страны поддержали Армению.",
            "Входящие в ОДКБ государства осудили Азербайджан.",
            "Входящие в ШОС страны Индия обвиняет в предвзятости.",
            "Размещённые в Таджикистане войска Китай считает угрозой.")) {
      List<String> f = facts(s);
      assertTrue(f.isEmpty(), s + " " + f);
    }
  }

  @Test
  void anEnglishRelativeClausesNegationDoesNotReachTheMainClause() throws Exception {
    List<String> f =
        facts("Kazakhstan, which never joined the CSTO's rapid reaction force, borders China.");
    assertTrue(f.contains("china BORDERS kazakhstan"), f.toString());
    assertFalse(f.contains("kazakhstan MEMBER_OF csto"), f.toString());
  }

  @Test
  void anActorOfAnEnglishRelativeClauseIsNoSubjectOfTheMainVerb() throws Exception {
    List<String> f = facts("Tajikistan, where Russia keeps a large base, joined the CSTO in 1992.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    assertFalse(f.contains("russia MEMBER_OF csto"), f.toString());
  }

  @Test
  void aSubjectIsReadAcrossItsAgentNounAndAdverbialsButNotPastANegationOrAPlan() throws Exception {
    for (String s :
        List.of(
            "Казахстанские власти неоднократно направляли в Афганистан гуманитарные грузы.",
            "Казахстанские власти при этом также направили в Афганистан гуманитарные грузы.")) {
      List<String> f = facts(s);
      assertTrue(f.contains("kazakhstan AIDS afghanistan"), s + " " + f);
    }
    List<String> credit = facts("Китайская сторона в 2019 году предоставила Киргизии кредит.");
    assertTrue(credit.contains("china AIDS kyrgyzstan"), credit.toString());
    for (String s :
        List.of(
            "Казахстанские власти неоднократно не направляли в Афганистан гуманитарные грузы.",
            "Казахстанские власти неоднократно обещали направить в Афганистан гуманитарные грузы.",
            "Китайская сторона в 2019 году планирует предоставить Киргизии кредит.",
            "Китайская сторона при этом также может предоставить Киргизии льготный кредит.",
            "Узбекское руководство в 2006 году вновь планировало вступить в ОДКБ.")) {
      List<String> f = facts(s);
      assertTrue(f.isEmpty(), s + " " + f);
    }
  }

  @Test
  void aSubjectIsReadAcrossPrepositionalPhrasesButNotPastANegationAPlanOrASource()
      throws Exception {
    List<String> f =
        facts(
            "Туркмения и Казахстан после многолетних переговоров о разделе дна Каспия в 2018 году"
                + " в Актау подписали Конвенцию о правовом статусе Каспийского моря.");
    assertTrue(f.contains("turkmenistan SIGNED caspian_convention"), f.toString());
    f = facts("Грузия после войны с Россией в августе 2008 года объявила о выходе из СНГ.");
    assertTrue(f.contains("georgia WITHDREW_FROM cis"), f.toString());
    f =
        facts(
            "Россия после распада Советского Союза и гражданской войны сохранила в Таджикистане"
                + " 201-ю дивизию.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    for (String s :
        List.of(
            "Грузия после войны с Россией в августе 2008 года не объявила о выходе из СНГ.",
            "Грузия после войны с Россией в ближайшем будущем объявит о выходе из СНГ.",
            "Грузия по данным западных СМИ объявила о выходе из СНГ.",
            "Грузия после войны с Россией планировала выйти из СНГ.",
            "Россия без согласия Таджикистана сохранила бы в Таджикистане 201-ю дивизию.")) {
      List<String> none = facts(s).stream().filter(x -> !x.contains("ADVERSARY_OF")).toList();
      assertTrue(none.isEmpty(), s + " " + none);
    }
  }

  @Test
  void aSubjectIsReadBeforeItsSecondPredicateButNotPastANegationOrAPlan() throws Exception {
    // the first predicate names an actor of its own (ШОС): the subject is the clause's, Uzbekistan
    List<String> f =
        facts("Узбекистан долго воздерживался от участия в учениях ШОС и присоединился к ОДКБ.");
    assertTrue(f.contains("uzbekistan MEMBER_OF csto"), f.toString());
    for (String s :
        List.of(
            "Киргизия долгое время колебалась в выборе союзников и так и не вступила в ЕАЭС.",
            "Киргизия долгое время колебалась в выборе союзников и планирует вступить в ЕАЭС.")) {
      List<String> none = facts(s);
      assertTrue(none.isEmpty(), s + " " + none);
    }
  }

  @Test
  void aSecondParticipleIsItsNounsNotTheFirstParticiplesObject() throws Exception {
    List<String> f =
        facts(
            "Узбекистан, покинувший ГУАМ в 2005 году и вступивший в ЕАЭС, граничит с Казахстаном.");
    assertTrue(f.contains("uzbekistan MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("uzbekistan WITHDREW_FROM guam"), f.toString());
    assertFalse(f.contains("guam MEMBER_OF eaeu"), f.toString());
    List<String> g =
        facts(
            "Киргизия, вышедшая из СНГ в 2010 году и затем вступившая в ОДКБ, граничит с Китаем.");
    assertTrue(g.contains("kyrgyzstan MEMBER_OF csto"), g.toString());
    assertFalse(g.contains("cis MEMBER_OF csto"), g.toString());
    List<String> none =
        facts("Армения, граничащая с Ираном и не входящая в ЕС, критикует союзников.");
    assertFalse(none.contains("armenia MEMBER_OF eu"), none.toString());
    assertFalse(none.contains("iran MEMBER_OF eu"), none.toString());
  }

  @Test
  void aSecondParticipleThatDoesNotAgreeWithTheFirstIsNoneOfTheNouns() throws Exception {
    List<String> f =
        facts(
            "Турция, поддерживающая Азербайджан и вступивший в ОДКБ Казахстан, критикует Армению.");
    assertFalse(f.contains("turkey MEMBER_OF csto"), f.toString());
    assertFalse(f.contains("azerbaijan MEMBER_OF csto"), f.toString());
    List<String> g =
        facts("Армения, граничащая с Ираном и вступившая в ЕАЭС, критикует союзников.");
    assertTrue(g.contains("armenia MEMBER_OF eaeu"), g.toString());
  }

  @Test
  void aParticiplePhraseBeforeItsNounIsReadWithTheNounLeadingIt() throws Exception {
    List<String> f = facts("Вышедший из ОДКБ в 2012 году Узбекистан сблизился с Китаем.");
    assertTrue(f.contains("uzbekistan WITHDREW_FROM csto"), f.toString());
    List<String> g = facts("Граничащий с Афганистаном Таджикистан усилил охрану границы.");
    assertTrue(g.contains("afghanistan BORDERS tajikistan"), g.toString());
    // a participle that does not agree with the name is another noun's (район); a negated one
    // states nothing; an adjective (бывшие) is no act; a refusal is no accession
    assertFalse(
        facts("Граничащий с Афганистаном район Таджикистана подвергся нападению.").stream()
            .anyMatch(x -> x.contains("BORDERS")));
    assertFalse(
        facts("Не вступившая в ОДКБ Туркмения сохраняет нейтралитет.")
            .contains("turkmenistan MEMBER_OF csto"));
    assertFalse(
        facts("Бывшие члены СНГ Грузия и Украина сохранили торговлю с Россией.")
            .contains("georgia MEMBER_OF cis"));
    assertFalse(
        facts("Отказавшийся от вступления в ЕАЭС Узбекистан получил статус наблюдателя.")
            .contains("uzbekistan MEMBER_OF eaeu"));
  }

  @Test
  void anAsideOfTheSameActIsReadForItsActor() throws Exception {
    List<String> f = facts("Казахстан, как и Россия, входит в ЕАЭС.");
    assertTrue(f.contains("russia MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("kazakhstan MEMBER_OF eaeu"), f.toString());
    List<String> g = facts("Как и Россия, Казахстан входит в ЕАЭС.");
    assertTrue(g.contains("russia MEMBER_OF eaeu"), g.toString());
    List<String> h = facts("Россия разместила войска в Таджикистане, как и в Киргизии.");
    assertTrue(h.contains("russia HAS_MILITARY_PRESENCE_IN kyrgyzstan"), h.toString());
    // an aside closing the clause with no preposition may be either end's: not read
    assertFalse(
        facts("США ввели санкции против Ирана, как и ЕС.").contains("united_states SANCTIONS eu"));
    // the opposite (в отличие от) and another preposition are no same act
    assertFalse(
        facts("Казахстан, в отличие от Узбекистана, входит в ЕАЭС.")
            .contains("uzbekistan MEMBER_OF eaeu"));
    assertFalse(
        facts("Россия разместила войска в Таджикистане, как и с Киргизией.").stream()
            .anyMatch(x -> x.contains("kyrgyzstan")));
  }

  @Test
  void anAppositionOfARelationIsReadAsACopula() throws Exception {
    List<String> f = facts("Армения, союзник России по ОДКБ, заморозила участие в организации.");
    assertTrue(f.contains("armenia MEMBER_OF csto"), f.toString());
    List<String> g =
        facts("Монголия, давний наблюдатель при ШОС, не спешит вступать в организацию.");
    assertTrue(g.contains("mongolia MEMBER_OF sco"), g.toString());
    // the apposition's own negation is read; the main clause's words are no part of it
    assertFalse(
        facts("Армения, не член ЕАЭС в то время, вела переговоры.")
            .contains("armenia MEMBER_OF eaeu"));
    assertFalse(
        facts("Армения, союзник России, вступила в ОДКБ.").contains("russia MEMBER_OF csto"));
    // a plain description is no relation, and a relative word makes a clause
    assertFalse(
        facts("Казахстан, крупнейшая экономика региона, граничит с Китаем.").stream()
            .anyMatch(x -> x.contains("MEMBER_OF")));
    assertFalse(
        facts("Киргизия, член парламента которой посетил ОДКБ, граничит с Китаем.")
            .contains("kyrgyzstan MEMBER_OF csto"));
    // an actor a gerund governs describes nothing: the next clause opens after its comma
    assertFalse(
        facts("Поддержав Китай, член ШОС Индия выступила против.").contains("china MEMBER_OF sco"));
    assertTrue(
        facts("В 2022 году Армения, союзник России по ОДКБ, заморозила участие.")
            .contains("armenia MEMBER_OF csto"));
  }

  @Test
  void aPredicateNounBeforeADashIsReadInTheCopulasOrder() throws Exception {
    List<String> f = facts("Союзники России по ОДКБ — Армения, Белоруссия и Казахстан.");
    assertTrue(f.contains("armenia MEMBER_OF csto"), f.toString());
    assertTrue(f.contains("kazakhstan MEMBER_OF csto"), f.toString());
    List<String> g = facts("Наблюдатели при ШОС — Монголия и Афганистан.");
    assertTrue(g.contains("mongolia MEMBER_OF sco"), g.toString());
    // a former membership is none, and a plain noun before the dash states nothing
    assertFalse(
        facts("Бывшие члены ОДКБ — Узбекистан и Азербайджан.")
            .contains("uzbekistan MEMBER_OF csto"));
    assertFalse(
        facts("Главные темы переговоров с ОДКБ — Армения и Азербайджан.").stream()
            .anyMatch(x -> x.contains("MEMBER_OF")));
  }

  @Test
  void aCoAgentActsWithTheSubject() throws Exception {
    // before the verb, with a list: every member joins
    List<String> f = facts("Армения вместе с Казахстаном и Белоруссией входит в ЕАЭС.");
    assertTrue(f.contains("kazakhstan MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("belarus MEMBER_OF eaeu"), f.toString());
    // after the verb, the verb opening its clause after a participle clause, a head noun before
    // the co-agent
    List<String> g =
        facts(
            "Президент Китая, прибывший в Астану, подписал вместе с лидерами Казахстана и"
                + " Узбекистана Шушинскую декларацию.");
    assertTrue(g.contains("kazakhstan SIGNED shusha_declaration"), g.toString());
    assertTrue(g.contains("uzbekistan SIGNED shusha_declaration"), g.toString());
    // the verb's negation and a plan still reach the co-agent
    assertFalse(
        facts("Армения не вступила вместе с Белоруссией в ШОС.").contains("belarus MEMBER_OF sco"));
    assertFalse(
        facts("Казахстан вместе с Россией планирует вступить в ШОС.")
            .contains("russia MEMBER_OF sco"));
    // set off by commas, as an aside: both found it, and a negation reaches both
    List<String> h = facts("Китай, вместе с Россией, основал ШОС в 2001 году.");
    assertTrue(h.contains("china MEMBER_OF sco"), h.toString());
    assertTrue(h.contains("russia MEMBER_OF sco"), h.toString());
    assertFalse(
        facts("Армения, вместе с Белоруссией, не вступила в ШОС.")
            .contains("belarus MEMBER_OF sco"));
    // вместе с тем is no co-agent; a preposition's object is no subject to act with
    assertEquals(
        List.of("kyrgyzstan MEMBER_OF wto"),
        facts("Вместе с тем Киргизия вступила в ВТО в 1998 году."));
    // the phrase is no co-agent of a preposition's object: words follow it, so that only the
    // preposition guard keeps Россия out of в Таджикистане
    List<String> k = facts("Китай разместил войска в Таджикистане вместе с Россией в 2016 году.");
    assertTrue(k.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), k.toString());
    assertFalse(k.contains("china HAS_MILITARY_PRESENCE_IN russia"), k.toString());
  }

  @Test
  void notOnlyReachesBothItsActors() throws Exception {
    // the list a repeated preposition makes, the list after one noun, the noun said twice
    for (String t :
        List.of(
            "Таджикистан входит не только в СНГ, но и в ОДКБ.",
            "Таджикистан является членом не только СНГ, но и ОДКБ.",
            "Таджикистан является не только членом СНГ, но и членом ОДКБ.")) {
      List<String> f = facts(t);
      assertTrue(f.contains("tajikistan MEMBER_OF cis"), t + " " + f);
      assertTrue(f.contains("tajikistan MEMBER_OF csto"), t + " " + f);
    }
    // a negation or a refusal before it still reaches the trigger
    for (String t :
        List.of(
            "Туркмения отказалась вступать не только в СНГ, но и в ОДКБ.",
            "Туркмения так и не стала не только членом ОДКБ, но и членом ЕАЭС.")) {
      List<String> f = facts(t);
      assertFalse(f.contains("turkmenistan MEMBER_OF csto"), t + " " + f);
      assertFalse(f.contains("turkmenistan MEMBER_OF eaeu"), t + " " + f);
    }
  }

  @Test
  void aFrontedBesidesActorIsTheSubjectToo() throws Exception {
    List<String> f = facts("Помимо Китая, в ШОС входит Индия.");
    assertTrue(f.contains("china MEMBER_OF sco"), f.toString());
    assertTrue(f.contains("india MEMBER_OF sco"), f.toString());
    f = facts("Кроме Армении, Договор о коллективной безопасности подписала Белоруссия.");
    assertTrue(f.contains("armenia SIGNED collective_security_treaty"), f.toString());
    // all but X, no one but X, only, two actors of X's kind, a negation
    for (String t :
        List.of(
            "Кроме Туркмении, все страны Центральной Азии вступили в ОДКБ.",
            "Кроме Туркмении, никто не отказался вступить в ОДКБ.",
            "Кроме Туркмении, только Россия подписала Договор о коллективной безопасности.",
            "Помимо Туркмении, Казахстан заключил договор с Россией.",
            "Помимо Туркмении, в ОДКБ не входит Азербайджан.")) {
      List<String> g = facts(t);
      assertFalse(g.stream().anyMatch(x -> x.startsWith("turkmenistan")), t + " " + g);
    }
  }

  @Test
  void aChineseFrontedBesidesActorIsTheSubjectToo() throws Exception {
    List<String> f = facts("除哈薩克之外，吉爾吉斯也加入了歐亞經濟聯盟。");
    assertTrue(f.contains("kazakhstan MEMBER_OF eaeu"), f.toString());
    f = facts("除伊朗外，白俄罗斯也于2024年成为上合组织成员国。");
    assertTrue(f.contains("iran MEMBER_OF sco"), f.toString());
    f = facts("除白俄羅斯以外，亞美尼亞同樣簽署了《歐亞經濟聯盟條約》。");
    assertTrue(f.contains("belarus SIGNED eaeu_treaty"), f.toString());
    // an except-list (都, 其他, 只有), no 也 after the subject, another actor of X's kind in the
    // clause (X may stand beside the place), a negation or a plan read as the subject's
    for (String t :
        List.of(
            "除土庫曼外，中亞國家都加入了獨立國協。",
            "除土庫曼外，只有烏茲別克也退出了集安組織。",
            "除土庫曼外，烏茲別克於2012年退出了集安組織。",
            "除土庫曼外，俄羅斯還在塔吉克駐有軍隊。",
            "除土庫曼外，烏茲別克也沒有加入集安組織。",
            "除了土庫曼以外，烏茲別克也計畫加入世貿組織。")) {
      List<String> g = facts(t);
      assertFalse(g.stream().anyMatch(x -> x.startsWith("turkmenistan")), t + " " + g);
    }
  }

  @Test
  void aChineseSubjectActingWithACoAgentIsReadToo() throws Exception {
    List<String> f = facts("亞美尼亞於2015年與吉爾吉斯一同加入歐亞經濟聯盟。");
    assertTrue(f.contains("armenia MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("kyrgyzstan MEMBER_OF eaeu"), f.toString());
    f = facts("斯里蘭卡於2009年與白俄羅斯一道成為上合組織的對話夥伴。");
    assertTrue(f.stream().anyMatch(x -> x.startsWith("sri_lanka MEMBER_OF sco")), f.toString());
    // 同時, at the same time as the co-agent
    f = facts("印度於2017年與巴基斯坦同時成為上合組織正式成員國。");
    assertTrue(f.contains("india MEMBER_OF sco"), f.toString());
    // a negation or a plan before the phrase, no co-agent word, an actor that opens no clause
    for (String t :
        List.of(
            "土庫曼未與塔吉克一道加入世貿組織。",
            "土庫曼計畫與塔吉克一道加入世貿組織。",
            "土庫曼於2015年與塔吉克簽署協議後，塔吉克加入世貿組織。",
            "俄羅斯支持土庫曼與塔吉克一道加入世貿組織。")) {
      List<String> g = facts(t);
      assertFalse(g.stream().anyMatch(x -> x.startsWith("turkmenistan MEMBER_OF")), t + " " + g);
    }
  }

  @Test
  void eachActorOfAChineseCoAgentListActsToo() throws Exception {
    List<String> f = facts("亞美尼亞於2015年與吉爾吉斯、哈薩克和俄羅斯一道加入歐亞經濟聯盟。");
    for (String s : List.of("armenia", "kyrgyzstan", "kazakhstan", "russia")) {
      assertTrue(f.contains(s + " MEMBER_OF eaeu"), s + " " + f.toString());
    }
    // the phrase set off by a comma, after a time or right after the list
    f = facts("作為創始成員國之一，哈薩克與中國、俄羅斯一道，於2001年加入上海合作組織。");
    for (String s : List.of("kazakhstan", "china", "russia")) {
      assertTrue(f.stream().anyMatch(x -> x.startsWith(s + " MEMBER_OF sco")), s + " " + f);
    }
    f = facts("亞美尼亞於2015年與吉爾吉斯、哈薩克一道，正式加入歐亞經濟聯盟。");
    for (String s : List.of("armenia", "kyrgyzstan", "kazakhstan")) {
      assertTrue(f.contains(s + " MEMBER_OF eaeu"), s + " " + f.toString());
    }
    // a plan before the phrase holds for every actor of the list; a list that is no co-agent
    for (String t : List.of("土庫曼計畫與塔吉克、亞美尼亞一道加入世貿組織。", "俄羅斯支持土庫曼與塔吉克、亞美尼亞一道加入世貿組織。")) {
      List<String> g = facts(t);
      assertFalse(g.stream().anyMatch(x -> x.startsWith("armenia MEMBER_OF")), t + " " + g);
      assertFalse(g.stream().anyMatch(x -> x.startsWith("tajikistan MEMBER_OF")), t + " " + g);
    }
  }

  /** A placeholder of one actor (an OPEN, a type letter, a CLOSE); a modifier's with MOD_OPEN. */
  private static String actor(boolean modifier) {
    return (modifier ? RuleSet.MOD_OPEN : RuleSet.OPEN) + "C" + RuleSet.CLOSE;
  }

  private static List<Integer> identity(String masked) {
    return java.util.stream.IntStream.range(0, masked.length()).boxed().toList();
  }

  @Test
  void aModifierBeforeTheCoAgentsNeighbourIsPartOfItsNoun() {
    // в президенте Казахстана Токаеве: the modifier Казахстана stands between the preposition and
    // Токаеве, which is still the preposition's object and no subject to act with
    String object =
        actor(false)
            + " разместил войска в "
            + actor(true)
            + actor(false)
            + " вместе с "
            + actor(false)
            + " в 2016 году.";
    assertEquals(List.of(), InsertedClauses.coAgents(object, identity(object)));
    // a subject with its modifier (президент Казахстана Токаев): the co-agent takes both places
    String subject =
        "Президент "
            + actor(true)
            + actor(false)
            + " вместе с "
            + actor(false)
            + " посетил саммит.";
    List<InsertedClauses.Shared> v = InsertedClauses.coAgents(subject, identity(subject));
    assertEquals(1, v.size());
    assertEquals(
        "Президент " + actor(false) + " посетил саммит.", v.get(0).masked().replaceAll(" +", " "));
  }

  @Test
  void aParentheticalBetweenTheSubjectAndItsVerbIsReadAcross() throws Exception {
    // a parenthetical that is the whole aside (как известно, однако, тем не менее) or a named
    // person's word (по словам …) is cut, so that the subject reaches its verb
    List<String> f = facts("Узбекистан, как известно, вышел из ОДКБ в 2012 году.");
    assertTrue(f.contains("uzbekistan WITHDREW_FROM csto"), f.toString());
    f = facts("Армения, тем не менее, осталась членом ОДКБ.");
    assertTrue(f.contains("armenia MEMBER_OF csto"), f.toString());
    f = facts("Узбекистан, по словам экспертов, вышел из ОДКБ в 2012 году.");
    assertTrue(f.contains("uzbekistan WITHDREW_FROM csto"), f.toString());
    // a subject after its clause's conjunction
    f = facts("Киргизия вступила в ЕАЭС, а Узбекистан, как известно, вышел из ОДКБ.");
    assertTrue(f.contains("uzbekistan WITHDREW_FROM csto"), f.toString());
    // the main clause's negation still reaches the verb
    f = facts("Казахстан, однако, не вступил в ВТО в 2012 году.");
    assertFalse(f.contains("kazakhstan MEMBER_OF wto"), f.toString());
    // однако opening a clause of its own (a subject after it) is a conjunction, no aside
    String masked =
        actor(false)
            + " граничит с "
            + actor(false)
            + ", однако "
            + actor(false)
            + ", как и "
            + actor(false)
            + ", граничит с "
            + actor(false)
            + ".";
    int comma = masked.indexOf(", однако");
    assertTrue(
        InsertedClauses.russian(masked, identity(masked), masked).stream()
            .noneMatch(x -> x.cut() == comma));
  }

  @Test
  void вместеСТемOpensNoInsertedClause() {
    // вместе с тем is at the same time: the clause after it is a main clause, not an aside to cut
    String masked =
        actor(false)
            + " граничит с "
            + actor(false)
            + ", вместе с тем "
            + actor(false)
            + ", как и "
            + actor(false)
            + ", граничит с "
            + actor(false)
            + ".";
    int comma = masked.indexOf(", вместе");
    assertTrue(
        InsertedClauses.russian(masked, identity(masked), masked).stream()
            .noneMatch(x -> x.cut() == comma),
        "no view cuts from the comma before вместе с тем");
    String aside =
        actor(false) + ", вместе с " + actor(false) + ", граничит с " + actor(false) + ".";
    assertTrue(
        InsertedClauses.russian(aside, identity(aside), aside).stream()
            .anyMatch(x -> !x.masked().contains("вместе")),
        "вместе с before an actor still opens one");
  }

  @Test
  void aSecondPredicateAfterПослеЧегоOrARestrictionTakesTheSubject() throws Exception {
    List<String> f = facts("Армения провела переговоры, после чего в 2015 году вступила в ЕАЭС.");
    assertTrue(f.contains("armenia MEMBER_OF eaeu"), f.toString());
    f = facts("Иран долго вёл переговоры, а лишь спустя год всё же вступил в ШОС.");
    assertTrue(f.contains("iran MEMBER_OF sco"), f.toString());
    // its own negation is read; но opens no second predicate of the subject (Монголия не входит в
    // ОДКБ, но сотрудничает с членами ОБСЕ)
    f = facts("Армения провела переговоры, после чего не вступила в ЕАЭС.");
    assertFalse(f.contains("armenia MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void anEnglishCoAgentAsideActsAsTheActorItFollowsOrPrecedes() throws Exception {
    // set off by commas after its actor, or fronted: the aside's actor does the same, and the
    // actor it follows is read past the aside; a negated or planned clause reads nothing, nor
    // unlike
    List<String> f =
        facts("Tajikistan, together with Kyrgyzstan, took part in the Peace Mission exercise.");
    assertTrue(f.contains("kyrgyzstan PARTICIPATES_IN peace_mission"), f.toString());
    assertTrue(f.contains("tajikistan PARTICIPATES_IN peace_mission"), f.toString());
    f =
        facts(
            "Along with Kazakhstan and Kyrgyzstan, Tajikistan took part in the Peace Mission exercise.");
    assertTrue(f.contains("kazakhstan PARTICIPATES_IN peace_mission"), f.toString());
    assertTrue(f.contains("kyrgyzstan PARTICIPATES_IN peace_mission"), f.toString());
    f = facts("Kazakhstan, alongside Russia and Belarus, founded the Eurasian Economic Union.");
    assertTrue(f.contains("russia MEMBER_OF eaeu"), f.toString());
    f = facts("Along with Kazakhstan, Tajikistan did not take part in the Peace Mission exercise.");
    assertFalse(f.contains("kazakhstan PARTICIPATES_IN peace_mission"), f.toString());
    f = facts("Together with Russia, Kazakhstan plans to take part in the Peace Mission exercise.");
    assertFalse(f.contains("russia PARTICIPATES_IN peace_mission"), f.toString());
    f = facts("Turkmenistan, unlike Kazakhstan, stayed out of the Peace Mission exercise.");
    assertFalse(f.contains("kazakhstan PARTICIPATES_IN peace_mission"), f.toString());
  }

  @Test
  void anEnglishClauseAfterTheSubjectIsCutSoTheRulesReadTheMainClause() throws Exception {
    // an apposition holding an actor between the subject and its verb
    List<String> f =
        facts("Armenia and Belarus, both members of the CSTO, sent troops to Kazakhstan in 2022.");
    assertTrue(f.contains("armenia HAS_MILITARY_PRESENCE_IN kazakhstan"), f.toString());
    assertTrue(f.contains("belarus HAS_MILITARY_PRESENCE_IN kazakhstan"), f.toString());
    // a whose clause
    List<String> g =
        facts(
            "Tajikistan, whose border with Afghanistan runs for 1,300 kilometres, hosts Russian"
                + " troops at the 201st military base.");
    assertTrue(g.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), g.toString());
    // the main clause's own negation or plan is still read
    assertFalse(
        facts("Kazakhstan, a member of the CSTO, does not plan to send troops to Tajikistan.")
            .contains("kazakhstan HAS_MILITARY_PRESENCE_IN tajikistan"));
    // a clause saying the main clause's state ended is not cut
    assertFalse(
        facts(
                "Russia, whose paratroopers left within two weeks, had sent 2,000 troops to"
                    + " Kazakhstan.")
            .contains("russia HAS_MILITARY_PRESENCE_IN kazakhstan"));
  }

  @Test
  void anEnglishWhichClauseAfterTheSubjectIsCutToo() throws Exception {
    // a which clause holding an actor between the subject and its verb
    List<String> f =
        facts(
            "Armenia, which has been a member of the CSTO since 1994, sent troops to Kazakhstan.");
    assertTrue(f.contains("armenia HAS_MILITARY_PRESENCE_IN kazakhstan"), f.toString());
    // the which clause's own verb acts on no troops of the subject
    List<String> g =
        facts("Kazakhstan, which trains officers from Kyrgyzstan, joined the WTO in 2015.");
    assertTrue(g.contains("kazakhstan MEMBER_OF wto"), g.toString());
    assertFalse(g.contains("kazakhstan HAS_MILITARY_PRESENCE_IN kyrgyzstan"), g.toString());
  }

  @Test
  void aPipelineIsNoPlaceOfAMilitaryPresence() throws Exception {
    for (String s :
        List.of(
            "Kazakhstan built the Central Asia-China gas pipeline with China.",
            "Turkmenistan, Uzbekistan and Kazakhstan, which all sell gas to China, joined forces on"
                + " the Central Asia-China gas pipeline.")) {
      List<String> f = facts(s);
      assertTrue(f.stream().noneMatch(x -> x.contains("HAS_MILITARY_PRESENCE_IN")), s + " " + f);
    }
    // …but the pipeline still lies where a state hosts it
    assertTrue(
        facts("Kazakhstan hosts the Central Asia-China gas pipeline.")
            .contains("central_asia_china_gas_pipeline LOCATED_IN kazakhstan"));
  }

  @Test
  void anEnglishParticipleClauseOfAFewVerbsAfterTheSubjectIsCut() throws Exception {
    List<String> f = facts("Armenia, admitted to the WTO in 2003, joined the EAEU in 2015.");
    assertTrue(f.contains("armenia MEMBER_OF eaeu"), f.toString());
    // the main clause keeps its own negation
    List<String> g = facts("Azerbaijan, backed by Turkey, never joined the EAEU.");
    assertFalse(g.contains("azerbaijan MEMBER_OF eaeu"), g.toString());
  }
}
