package org.cagraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.cagraph.text.Sentence;

/**
 * CoreNLP, Chinese on the Simplified view of each sentence and English for English sentences, on
 * our own sentence split. Built once per JVM ({@link #shared()}); each language's models load at
 * its first sentence (~20 s for Chinese), so Russian alone loads none.
 */
public final class NlpPipeline {
  /**
   * Annotators: CoreNLP's Chinese NER is poor on Traditional text, good on the Simplified view. The
   * dependency parse is off by default: the verb frames that read it (data/rules/frames.tsv) added
   * nothing on the dev split and 0.6 points of recall on the challenge set, for 14–20% of the
   * extraction time (docs/EVALUATION.md); add {@code ,depparse} to {@code -Dkg.nlp.annotators} to
   * run them.
   */
  public static final String ANNOTATORS =
      System.getProperty("kg.nlp.annotators", "tokenize,ssplit,pos,lemma,ner");

  /**
   * English sentences get the dependency parse by default: English rules over the parse (verb
   * frames: subject, object, passive agent, coordination) are how English is read, and the English
   * parse is cheap beside the Chinese pipeline. {@code -Dkg.nlp.annotators.en} overrides it.
   */
  public static final String ENGLISH_ANNOTATORS =
      System.getProperty("kg.nlp.annotators.en", withParse(ANNOTATORS));

  private static String withParse(String annotators) {
    return annotators.contains("depparse") ? annotators : annotators + ",depparse";
  }

  private static volatile NlpPipeline shared;
  private final Properties zh;
  private final Properties en;
  private volatile StanfordCoreNLP chinese;
  private volatile StanfordCoreNLP english;

  private NlpPipeline(String annotators, java.nio.file.Path regexNer) {
    zh = chineseProperties(annotators);
    en = englishProperties(ENGLISH_ANNOTATORS);
    if (regexNer != null) {
      // the statistical Chinese model tags Taiwan-style short names (哈萨克) PERSON or O about half
      // the
      // time; a RegexNER stage built from the reviewed gazetteer fixes the types of known names
      zh.setProperty("ner.additional.regexner.mapping", regexNer.toString());
      en.setProperty("ner.additional.regexner.mapping", regexNer.toString());
      en.setProperty("ner.additional.regexner.ignorecase", "true");
    }
  }

  /**
   * The Chinese pipeline, loaded by the first Chinese sentence: a corpus in English or Russian
   * alone never loads the Chinese models (1.6 GB, most of the start-up).
   */
  private StanfordCoreNLP chinese() {
    StanfordCoreNLP p = chinese;
    if (p == null) {
      synchronized (zh) {
        if (chinese == null) {
          chinese = new StanfordCoreNLP(zh);
        }
        p = chinese;
      }
    }
    return p;
  }

  /** The English pipeline, loaded by the first English sentence. */
  private StanfordCoreNLP english() {
    StanfordCoreNLP p = english;
    if (p == null) {
      synchronized (en) {
        if (english == null) {
          english = new StanfordCoreNLP(en);
        }
        p = english;
      }
    }
    return p;
  }

  /**
   * Loads both languages' models now rather than at each language's first sentence, for timings
   * that should not include a model load (the benchmarks).
   */
  public NlpPipeline loadAll() {
    chinese();
    english();
    return this;
  }

  /** The pipeline of this JVM; the first caller's RegexNER mapping (or null) is the one used. */
  public static NlpPipeline shared(java.nio.file.Path regexNer) {
    if (shared == null) {
      synchronized (NlpPipeline.class) {
        if (shared == null) {
          shared = new NlpPipeline(ANNOTATORS, regexNer);
        }
      }
    }
    return shared;
  }

  public static NlpPipeline shared() {
    return shared(null);
  }

  static Properties chineseProperties(String annotators) {
    Properties p = new Properties();
    try (InputStream in =
        NlpPipeline.class.getResourceAsStream("/StanfordCoreNLP-chinese.properties")) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP's Chinese models are not on the classpath");
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    p.setProperty("annotators", annotators);
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  static Properties englishProperties(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  public AnnotatedSentence annotate(Sentence s) {
    if (s.isRussian()) {
      return words(
          s); // CoreNLP has no Russian models: the Chinese ones would tag Cyrillic at random
    }
    boolean en = s.isEnglish();
    String view = en ? s.text() : Simplifier.forNlp(s.text());
    if (view.length() != s.text().length()) {
      throw new IllegalStateException(s.id() + ": the Simplified view changed the sentence length");
    }
    Annotation doc = new Annotation(view);
    (en ? english() : chinese()).annotate(doc);
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    for (CoreMap sent : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int base = tokens.size();
      for (CoreLabel t : sent.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Token(
                s.text().substring(t.beginPosition(), t.endPosition()),
                t.tag(),
                t.ner(),
                t.beginPosition(),
                t.endPosition()));
      }
      SemanticGraph g = sent.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(
              new Dependency(
                  base + e.getGovernor().index() - 1,
                  base + e.getDependent().index() - 1,
                  e.getRelation().toString()));
        }
        g.getRoots().forEach(r -> deps.add(new Dependency(-1, base + r.index() - 1, "root")));
      }
    }
    return new AnnotatedSentence(s, view, List.copyOf(tokens), List.copyOf(deps));
  }

  /**
   * A Russian sentence as its words, untagged (POS and NER "O"), no dependencies: the rules read
   * Russian over stems, the linker over Lucene's Russian stemmer, and no entity is guessed from a
   * model trained on another language.
   */
  static AnnotatedSentence words(Sentence s) {
    List<Token> tokens = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|\\S")
            .matcher(s.text());
    while (m.find()) {
      tokens.add(new Token(m.group(), "O", "O", m.start(), m.end()));
    }
    return new AnnotatedSentence(s, s.text(), List.copyOf(tokens), List.of());
  }

  /**
   * Annotates sentences on {@code threads} threads, keeping their order; {@code progress} gets
   * chars done.
   */
  public List<AnnotatedSentence> annotateAll(
      List<Sentence> sentences, int threads, IntConsumer progress) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<AnnotatedSentence>> futures = new ArrayList<>();
      for (Sentence s : sentences) {
        futures.add(
            pool.submit(
                () -> {
                  AnnotatedSentence a = annotate(s);
                  progress.accept(s.text().length());
                  return a;
                }));
      }
      List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
      for (Future<AnnotatedSentence> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
