package org.cagraph.spark;

import java.util.List;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Discovery;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.extract.Extraction;
import org.cagraph.nlp.NlpPipeline;
import org.cagraph.relations.RuleEngine;
import org.cagraph.relations.RuleSet;

/**
 * What an executor JVM builds once and keeps across its tasks: the CoreNLP pipeline (about 20 s and
 * 2–4 GB of models, {@link Extraction#nlp()}, one per JVM and shared by its task threads), the
 * gazetteer and rules (JVM singletons of the loader), and per task thread the linkers and the rule
 * engine, which keep working state while they read a paper.
 */
final class Workers {
  private static volatile NlpPipeline nlp;
  private static volatile Extended extended;
  private static final ThreadLocal<Linker> BASE =
      ThreadLocal.withInitial(() -> new Linker(Gazetteer.load()));
  private static final ThreadLocal<PerThread> THREAD = new ThreadLocal<>();
  private static final ThreadLocal<Discovery> DISCOVERY =
      ThreadLocal.withInitial(() -> new Discovery(Gazetteer.load(), BASE.get()));

  /** The gazetteer with the actors discovery found in the whole corpus, for one broadcast. */
  private record Extended(long broadcast, Gazetteer gazetteer) {}

  private record PerThread(long broadcast, Linker linker, RuleEngine engine) {}

  private Workers() {}

  static NlpPipeline nlp() {
    if (nlp == null) {
      synchronized (Workers.class) {
        if (nlp == null) {
          nlp = Extraction.nlp();
        }
      }
    }
    return nlp;
  }

  /**
   * The linker over the reviewed gazetteer alone: the first pass, whose mentions discovery reads.
   */
  static Linker baseLinker() {
    return BASE.get();
  }

  /**
   * Discovery over the reviewed gazetteer, for one paper at a time ({@link Discovery#drain} after
   * each).
   */
  static Discovery discovery() {
    Discovery d = DISCOVERY.get();
    d.drain();
    return d;
  }

  static Gazetteer extended(long broadcast, List<Actor> found, List<Actor> spellings) {
    Extended e = extended;
    if (e == null || e.broadcast() != broadcast) {
      synchronized (Workers.class) {
        e = extended;
        if (e == null || e.broadcast() != broadcast) {
          e = new Extended(broadcast, Gazetteer.load().with(found).with(spellings));
          extended = e;
        }
      }
    }
    return e.gazetteer();
  }

  /**
   * The second pass's linker and the rule engine, over the extended gazetteer, for this task
   * thread.
   */
  static Linker linker(long broadcast, List<Actor> found, List<Actor> spellings) {
    return perThread(broadcast, found, spellings).linker();
  }

  static RuleEngine engine(long broadcast, List<Actor> found, List<Actor> spellings) {
    return perThread(broadcast, found, spellings).engine();
  }

  private static PerThread perThread(long broadcast, List<Actor> found, List<Actor> spellings) {
    PerThread t = THREAD.get();
    if (t == null || t.broadcast() != broadcast) {
      Gazetteer g = extended(broadcast, found, spellings);
      t = new PerThread(broadcast, new Linker(g), new RuleEngine(RuleSet.load(), g::get));
      THREAD.set(t);
    }
    return t;
  }
}
