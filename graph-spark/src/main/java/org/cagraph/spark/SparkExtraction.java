package org.cagraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Discovery;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.extract.AtomicFiles;
import org.cagraph.extract.DocumentInfo;
import org.cagraph.extract.Export;
import org.cagraph.extract.Extraction;
import org.cagraph.extract.ExtractionEngine;
import org.cagraph.extract.Manifest;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.AnnotationCache;
import org.cagraph.relations.Aggregator;
import org.cagraph.relations.Citation;
import org.cagraph.relations.Relation;
import org.cagraph.relations.Statement;
import org.cagraph.text.BadInputException;
import org.cagraph.text.DocumentReader;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import org.cagraph.text.SourceDocument;
import scala.Tuple2;

/**
 * The extraction of {@link Extraction#run} as a Spark job, the paper its unit of work:
 *
 * <ol>
 *   <li>read and annotate each paper (CoreNLP, the expensive part: one pipeline per executor JVM);
 *   <li>link each paper against the reviewed gazetteer and note discovery's candidates; the driver
 *       merges them in corpus order into the same discovered actors a single run finds (discovery
 *       counts sentences across the corpus);
 *   <li>link again with the discovered actors (a broadcast) and run the rules on each paper;
 *   <li>reduce the asserted statements by subject|type|object|role with {@link Aggregator#merge},
 *       join them by subject|type|object with the statements that end them, and finish each with
 *       {@link Aggregator#finish}: the relations of {@link Aggregator#aggregate}, computed where
 *       the statements are.
 * </ol>
 *
 * It writes the statements file and sentences sidecar of {@code kg extract}, line for line, and
 * beside them one folder per paper ({@code NAME.parts/paper=ID/}) that a re-run of some papers
 * replaces and leaves the others.
 */
public final class SparkExtraction {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param nlpCache a folder every executor can read and write (local runs: .kg/nlp-cache), or null
   * @param partitions also write the per-paper folders
   */
  public record Job(
      String corpus,
      String out,
      boolean keepGoing,
      long maxBytes,
      String nlpCache,
      boolean partitions)
      implements Serializable {}

  /**
   * One paper to read: its place in the corpus order, where it is, how messages name it, its
   * manifest entry.
   */
  record PaperTask(int ordinal, String uri, String display, long bytes, DocumentInfo info)
      implements Serializable {}

  /**
   * A read and annotated paper (or why it was refused), in a form any executor can rebuild the
   * Paper from.
   */
  record Annotated(
      int ordinal,
      String display,
      DocumentInfo info,
      String error,
      String text,
      String format,
      String sha256,
      List<Integer> pageStarts,
      byte[] annotations)
      implements Serializable {

    SourceDocument source() {
      java.nio.file.Path p = java.nio.file.Path.of(display);
      return new SourceDocument(DocumentReader.idOf(p), p, text, format, sha256, pageStarts);
    }
  }

  /** A statement that ends other relations, with its place and citation. */
  record EndingEvidence(long order, Aggregator.Ending ending, Citation citation)
      implements Serializable {}

  /** Everything one paper contributes to the outputs. */
  record PaperResult(
      int ordinal,
      String paper,
      int sentences,
      long chars,
      List<String> paperLines,
      List<String> claimLines,
      List<String> statementLines,
      List<String> mentioned,
      List<Aggregator.Evidence> evidence,
      List<Tuple2<String, EndingEvidence>> endings)
      implements Serializable {}

  /** The discovered actors and other spellings of known people, shipped to every executor. */
  record Discovered(List<Actor> actors, List<Actor> spellings) implements Serializable {}

  /**
   * A Hadoop configuration shipped to executors (S3 keys and the like set with --conf
   * spark.hadoop.*).
   */
  static final class Conf implements Serializable {
    private transient Configuration conf;

    Conf(Configuration conf) {
      this.conf = conf;
    }

    Configuration get() {
      return conf;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      conf.write(out);
    }

    private void readObject(java.io.ObjectInputStream in)
        throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      conf = new Configuration(false);
      conf.readFields(in);
    }
  }

  private SparkExtraction() {}

  /** Runs the job on the session's cluster (or in this JVM for local[N]) and writes the outputs. */
  public static ExtractionEngine.Summary run(SparkSession spark, Job job, PrintStream err)
      throws Extraction.RefusedInput, IOException {
    long t0 = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hconf = sc.hadoopConfiguration();
    Path dir = hadoopPath(job.corpus());
    FileSystem fs = dir.getFileSystem(hconf);
    if (!fs.getFileStatus(dir).isDirectory()) {
      throw new IOException("--corpus " + job.corpus() + ": not a folder");
    }

    // the papers in the order a single run reads them: by name, as bytes
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus f : fs.listStatus(dir)) {
      if (f.isFile() && DocumentReader.isPaper(java.nio.file.Path.of(f.getPath().getName()))) {
        files.add(f);
      }
    }
    files.sort(
        Comparator.comparing(
            f -> f.getPath().getName().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));

    List<String> errors = new ArrayList<>();
    Manifest manifest;
    try {
      Path mf = new Path(dir, "manifest.json");
      Set<String> names = new HashSet<>();
      for (FileStatus f : fs.listStatus(dir)) {
        if (f.isFile()) {
          names.add(f.getPath().getName());
        }
      }
      byte[] bytes = fs.exists(mf) ? readAll(fs, mf) : null;
      manifest =
          bytes == null
              ? null
              : Manifest.parse(
                  java.nio.file.Path.of(display(job.corpus(), "manifest.json")),
                  bytes,
                  names::contains,
                  local(job.corpus())
                      ? java.nio.file.Path.of(job.corpus()).toString()
                      : job.corpus());
    } catch (BadInputException e) {
      manifest = null;
      errors.add(e.getMessage());
    }
    TreeMap<Integer, String> refused = new TreeMap<>();
    Map<String, String> seen = new HashMap<>();
    List<PaperTask> tasks = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getPath().getName();
      String display = display(job.corpus(), name);
      String id = DocumentReader.idOf(java.nio.file.Path.of(name));
      if (seen.containsKey(id)) {
        refused.put(i, display + ": document id " + id + " is already taken by " + seen.get(id));
        continue;
      }
      seen.put(id, name);
      tasks.add(
          new PaperTask(
              i,
              files.get(i).getPath().toString(),
              display,
              files.get(i).getLen(),
              Extraction.documentInfo(manifest, id, name)));
    }
    // one paper a task, the largest first: Spark starts tasks in partition order, so a long paper
    // never starts last
    // and leaves the other cores idle (on data/corpus one paper is half the text)
    tasks.sort(
        Comparator.comparingLong(PaperTask::bytes).reversed().thenComparingInt(PaperTask::ordinal));

    Broadcast<Conf> conf = sc.broadcast(new Conf(hconf));
    long maxBytes = job.maxBytes();
    String cache = job.nlpCache();
    int slices = Math.max(1, tasks.size());
    JavaRDD<Annotated> annotated =
        sc.parallelize(tasks, slices)
            .mapPartitions(it -> annotate(it, conf.value().get(), maxBytes, cache))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    annotated
        .filter(a -> a.error() != null)
        .collect()
        .forEach(a -> refused.put(a.ordinal(), a.error()));
    errors.addAll(refused.values());
    if (!errors.isEmpty() && !job.keepGoing()) {
      annotated.unpersist();
      throw new Extraction.RefusedInput(errors);
    }
    JavaRDD<Annotated> good = annotated.filter(a -> a.error() == null);

    // discovery counts sentences across the corpus: the driver absorbs each paper's candidates in
    // corpus order
    List<Tuple2<Integer, List<Discovery.Observed>>> observed =
        new ArrayList<>(good.mapPartitions(SparkExtraction::observe).collect());
    observed.sort(Comparator.comparing(Tuple2::_1));
    Gazetteer gazetteer = Gazetteer.load();
    Discovery discovery = new Discovery(gazetteer);
    observed.forEach(o -> discovery.absorb(o._2()));
    Discovered found = new Discovered(discovery.actors(), discovery.spellings());
    Gazetteer extended = gazetteer.with(found.actors()).with(found.spellings());
    Broadcast<Discovered> shipped = sc.broadcast(found);

    JavaRDD<PaperResult> results =
        good.mapPartitions(it -> extract(it, shipped.id(), shipped.value()))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());

    // the reduce: evidence by subject|type|object|role, then the groups and endings of each
    // subject|type|object
    JavaPairRDD<String, List<Aggregator.Evidence>> groups =
        results
            .flatMapToPair(
                r ->
                    r.evidence().stream()
                        .map(e -> new Tuple2<>(Aggregator.key(e.statement()), List.of(e)))
                        .iterator())
            .reduceByKey(Aggregator::merge);
    JavaPairRDD<String, List<Aggregator.Evidence>> byTriple =
        groups.mapToPair(g -> new Tuple2<>(Aggregator.triple(g._2().get(0).statement()), g._2()));
    JavaPairRDD<String, EndingEvidence> endings =
        results.flatMapToPair(r -> r.endings().iterator());
    JavaPairRDD<String, String> relations =
        byTriple
            .cogroup(endings)
            .flatMapToPair(t -> relations(t._2()._1(), t._2()._2()).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK_SER());

    Set<String> used =
        new HashSet<>(results.flatMap(r -> r.mentioned().iterator()).distinct().collect());
    long mentioned = used.size();
    used.addAll(
        groups
            .flatMap(
                g ->
                    List.of(g._2().get(0).statement().subject(), g._2().get(0).statement().object())
                        .iterator())
            .distinct()
            .collect());
    List<String> actorLines = new ArrayList<>();
    for (Actor a :
        extended.actors().values().stream().sorted(Comparator.comparing(Actor::id)).toList()) {
      if (used.contains(a.id())) {
        actorLines.add(Export.actorLine(a));
      }
    }
    long relationCount = relations.count();
    Output.write(
        job.out(),
        hconf,
        w -> {
          for (String l : actorLines) {
            line(w, l);
          }
          Iterator<String> it = relations.sortByKey().values().toLocalIterator();
          while (it.hasNext()) {
            line(w, it.next());
          }
        },
        w -> {
          // papers in corpus order (the tasks ran largest first): their documents and sentences,
          // then their claims
          JavaRDD<Tuple2<List<String>, List<String>>> inOrder =
              results
                  .mapToPair(
                      r -> new Tuple2<>(r.ordinal(), new Tuple2<>(r.paperLines(), r.claimLines())))
                  .sortByKey(
                      true,
                      Math.max(
                          1, Math.min(results.getNumPartitions(), sc.defaultParallelism() * 4)))
                  .values()
                  .persist(StorageLevel.MEMORY_AND_DISK_SER());
          for (Iterator<Tuple2<List<String>, List<String>>> it = inOrder.toLocalIterator();
              it.hasNext(); ) {
            for (String l : it.next()._1()) {
              line(w, l);
            }
          }
          for (Iterator<Tuple2<List<String>, List<String>>> it = inOrder.toLocalIterator();
              it.hasNext(); ) {
            for (String l : it.next()._2()) {
              line(w, l);
            }
          }
          inOrder.unpersist();
        });
    if (job.partitions()) {
      writePartitions(spark, results, Output.partsDir(job.out()));
    }
    List<Tuple2<Integer, Long>> sizes =
        results.map(r -> new Tuple2<>(r.sentences(), r.chars())).collect();
    ExtractionEngine.Summary summary =
        new ExtractionEngine.Summary(
            sizes.size(),
            sizes.stream().mapToInt(Tuple2::_1).sum(),
            mentioned,
            (int) relationCount,
            job.keepGoing() ? List.copyOf(errors) : List.of(),
            sizes.stream().mapToLong(Tuple2::_2).sum(),
            (System.nanoTime() - t0) / 1e9);
    relations.unpersist();
    results.unpersist();
    annotated.unpersist();
    return summary;
  }

  private static void line(BufferedWriter w, String l) throws IOException {
    w.write(l);
    w.write('\n');
  }

  static boolean local(String uri) {
    return !uri.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") || uri.startsWith("file:");
  }

  static Path hadoopPath(String uri) {
    return local(uri) && !uri.startsWith("file:")
        ? new Path(java.nio.file.Path.of(uri).toAbsolutePath().toUri())
        : new Path(uri);
  }

  /** How messages name a file of the corpus: as a single run does for a folder, else its URI. */
  private static String display(String corpus, String name) {
    return local(corpus) && !corpus.startsWith("file:")
        ? java.nio.file.Path.of(corpus).resolve(name).toString()
        : corpus.replaceAll("/+$", "") + "/" + name;
  }

  private static byte[] readAll(FileSystem fs, Path p) throws IOException {
    try (InputStream in = fs.open(p)) {
      return in.readAllBytes();
    }
  }

  /**
   * Stage 1, on the executors: read each paper and run CoreNLP over its sentences (or take them
   * from the cache).
   */
  static Iterator<Annotated> annotate(
      Iterator<PaperTask> tasks, Configuration conf, long maxBytes, String cacheDir) {
    DocumentReader reader = new DocumentReader(maxBytes);
    AnnotationCache cache =
        cacheDir == null ? null : new AnnotationCache(java.nio.file.Path.of(cacheDir));
    List<Annotated> out = new ArrayList<>();
    while (tasks.hasNext()) {
      PaperTask t = tasks.next();
      java.nio.file.Path display = java.nio.file.Path.of(t.display());
      SourceDocument doc;
      try {
        Path p = new Path(t.uri());
        byte[] bytes;
        try {
          FileSystem fs = p.getFileSystem(conf);
          reader.checkSize(display, fs.getFileStatus(p).getLen());
          try (FSDataInputStream in = fs.open(p)) {
            bytes = in.readAllBytes();
          }
        } catch (IOException e) {
          throw new BadInputException(
              display,
              "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        doc = reader.read(display, bytes);
      } catch (BadInputException e) {
        out.add(
            new Annotated(
                t.ordinal(), t.display(), t.info(), e.getMessage(), null, null, null, null, null));
        continue;
      }
      Paper paper = Paper.of(doc);
      List<AnnotatedSentence> annotated = cache == null ? null : cache.get(paper).orElse(null);
      if (annotated == null) {
        annotated = new ArrayList<>(paper.sentences().size());
        for (Sentence s : paper.sentences()) {
          annotated.add(Workers.nlp().annotate(s));
        }
        if (cache != null) {
          cache.put(paper, annotated);
        }
      }
      try {
        out.add(
            new Annotated(
                t.ordinal(),
                t.display(),
                t.info(),
                null,
                doc.text(),
                doc.format(),
                doc.sha256(),
                doc.pageStarts(),
                AnnotationCache.encode(annotated)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return out.iterator();
  }

  /** A paper and its annotations, rebuilt from what stage 1 shipped. */
  private static Tuple2<Paper, List<AnnotatedSentence>> rebuild(Annotated a) {
    Paper p = Paper.of(a.source());
    List<AnnotatedSentence> annotated =
        AnnotationCache.decode(p, a.annotations())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        a.display() + ": annotations do not fit its sentences"));
    return new Tuple2<>(p, annotated);
  }

  /** Stage 2, on the executors: the first linking pass and what discovery notes in each paper. */
  static Iterator<Tuple2<Integer, List<Discovery.Observed>>> observe(Iterator<Annotated> papers) {
    List<Tuple2<Integer, List<Discovery.Observed>>> out = new ArrayList<>();
    Linker linker = Workers.baseLinker();
    Discovery d = Workers.discovery();
    while (papers.hasNext()) {
      Annotated a = papers.next();
      Tuple2<Paper, List<AnnotatedSentence>> pa = rebuild(a);
      List<List<Mention>> mentions = linker.link(pa._1().sentences());
      for (int i = 0; i < pa._2().size(); i++) {
        d.observe(pa._2().get(i), mentions.get(i));
      }
      out.add(new Tuple2<>(a.ordinal(), d.drain()));
    }
    return out.iterator();
  }

  /**
   * Stage 3, on the executors: the second linking pass, the rules, citations and the paper's output
   * lines.
   */
  static Iterator<PaperResult> extract(Iterator<Annotated> papers, long broadcast, Discovered found)
      throws IOException {
    List<PaperResult> out = new ArrayList<>();
    Linker linker = Workers.linker(broadcast, found.actors(), found.spellings());
    var engine = Workers.engine(broadcast, found.actors(), found.spellings());
    while (papers.hasNext()) {
      Annotated a = papers.next();
      Tuple2<Paper, List<AnnotatedSentence>> pa = rebuild(a);
      Paper p = pa._1();
      Map<String, AnnotatedSentence> parsed = new HashMap<>();
      pa._2().forEach(x -> parsed.put(x.sentence().id(), x));
      List<List<Mention>> linked = linker.link(p.sentences());
      Map<String, List<Mention>> mentions = new HashMap<>();
      for (int i = 0; i < p.sentences().size(); i++) {
        mentions.put(p.sentences().get(i).id(), linked.get(i));
      }
      List<Statement> statements =
          Extraction.statements(engine, p, a.info(), parsed::get, mentions::get);
      List<String> claims = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      List<Aggregator.Evidence> evidence = new ArrayList<>();
      IdentityHashMap<Statement, Long> order = new IdentityHashMap<>();
      IdentityHashMap<Statement, Citation> cites = new IdentityHashMap<>();
      for (int i = 0; i < statements.size(); i++) {
        Statement st = statements.get(i);
        long o = ((long) a.ordinal() << 32) | i;
        order.put(st, o);
        if (!st.asserted()) {
          claims.add(Export.claimLine(st));
        }
        if (st.asserted()
            || "ended".equals(st.status())) { // Scope.ENDED: it dates the end of what it ends
          Citation c = Extraction.cite(st, p.source());
          cites.put(st, c);
          lines.add(statementLine(st, c));
          if (st.asserted()) {
            evidence.add(new Aggregator.Evidence(o, st, c));
          }
        }
      }
      List<Tuple2<String, EndingEvidence>> ends = new ArrayList<>();
      Aggregator.endings(statements)
          .forEach(
              (triple, list) ->
                  list.forEach(
                      e ->
                          ends.add(
                              new Tuple2<>(
                                  triple,
                                  new EndingEvidence(
                                      order.get(e.statement()), e, cites.get(e.statement()))))));
      Set<String> mentioned = new java.util.LinkedHashSet<>();
      linked.forEach(ms -> ms.forEach(m -> mentioned.add(m.actor().id())));
      List<String> paperLines = Export.paperLines(p, a.info(), mentions::get);
      long chars = p.sentences().stream().mapToLong(s -> s.text().length()).sum();
      out.add(
          new PaperResult(
              a.ordinal(),
              p.id(),
              p.sentences().size(),
              chars,
              paperLines,
              claims,
              lines,
              List.copyOf(mentioned),
              evidence,
              ends));
    }
    return out.iterator();
  }

  /**
   * The relations of one subject|type|object: its groups by role and the statements that end it,
   * each in corpus order, finished by the single-machine code. Keys sort as (subject, type, object,
   * role), the order kg extract writes.
   */
  static List<Tuple2<String, String>> relations(
      Iterable<List<Aggregator.Evidence>> groups, Iterable<EndingEvidence> endings)
      throws IOException {
    List<List<Aggregator.Evidence>> gs = new ArrayList<>();
    groups.forEach(gs::add);
    if (gs.isEmpty()) {
      return List.of();
    }
    gs.sort(Comparator.comparingLong(g -> g.get(0).order()));
    IdentityHashMap<Statement, Citation> cites = new IdentityHashMap<>();
    Map<String, List<Statement>> byKey = new LinkedHashMap<>();
    for (List<Aggregator.Evidence> g : gs) {
      List<Statement> sts = new ArrayList<>();
      for (Aggregator.Evidence e : g) {
        sts.add(e.statement());
        cites.put(e.statement(), e.citation());
      }
      byKey.put(Aggregator.key(sts.get(0)), sts);
    }
    List<EndingEvidence> es = new ArrayList<>();
    endings.forEach(es::add);
    es.sort(Comparator.comparingLong(EndingEvidence::order));
    List<Aggregator.Ending> ends = new ArrayList<>();
    for (EndingEvidence e : es) {
      ends.add(e.ending());
      cites.put(e.ending().statement(), e.citation());
    }
    String triple = Aggregator.triple(gs.get(0).get(0).statement());
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (Relation r :
        Aggregator.finish(byKey, ends.isEmpty() ? Map.of() : Map.of(triple, ends), cites::get)) {
      out.add(
          new Tuple2<>(
              r.subject() + '\0' + r.predicate() + '\0' + r.object() + '\0' + r.role(),
              Export.relationLine(r)));
    }
    return out;
  }

  /** A stated relation as the per-paper folders keep it: the statement and its citation. */
  private static String statementLine(Statement st, Citation c) throws IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "statement")
        .put("status", st.status())
        .put("subject", st.subject())
        .put("predicate", st.predicate())
        .put("object", st.object())
        .put("role", st.role())
        .put("date", st.date())
        .put("since", st.since())
        .put("until", st.until())
        .put("confidence", st.confidence())
        .put("rule", st.rule())
        .put("doc", c.doc())
        .put("sentence", c.sentence())
        .put("start", c.start())
        .put("end", c.end())
        .put("quote", c.quote());
    ArrayNode rs = n.putArray("readings");
    st.readings().forEach(t -> rs.addObject().put("kind", t.kind()).put("date", t.date()));
    return JSON.writeValueAsString(n);
  }

  /**
   * One folder per paper, {@code paper=ID}: its document, sentences, claims and stated relations.
   * Spark's dynamic partition overwrite replaces the folders of the papers this run read and leaves
   * every other one.
   */
  private static void writePartitions(
      SparkSession spark, JavaRDD<PaperResult> results, String dir) {
    JavaRDD<Row> rows =
        results.flatMap(
            r -> {
              List<Row> out = new ArrayList<>();
              for (List<String> part :
                  List.of(r.paperLines(), r.claimLines(), r.statementLines())) {
                part.forEach(l -> out.add(RowFactory.create(l, r.paper())));
              }
              return out.iterator();
            });
    StructType schema =
        new StructType().add("value", DataTypes.StringType).add("paper", DataTypes.StringType);
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    String before = spark.conf().get("spark.sql.sources.partitionOverwriteMode", "static");
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
    try {
      df.repartition(df.col("paper"))
          .write()
          .mode(SaveMode.Overwrite)
          .partitionBy("paper")
          .text(dir);
    } finally {
      spark.conf().set("spark.sql.sources.partitionOverwriteMode", before);
    }
  }

  /**
   * Writes a file pair: locally both complete before either replaces its previous version, as kg
   * extract does.
   */
  static final class Output {
    interface Body {
      void write(BufferedWriter w) throws IOException;
    }

    static String sidecar(String out) {
      String base = out.endsWith(".jsonl") ? out.substring(0, out.length() - 6) : out;
      return base + ".sentences.jsonl";
    }

    static String partsDir(String out) {
      String base = out.endsWith(".jsonl") ? out.substring(0, out.length() - 6) : out;
      return base + ".parts";
    }

    static void write(String out, Configuration conf, Body statements, Body sentences)
        throws IOException {
      if (local(out) && !out.startsWith("file:")) {
        java.nio.file.Path p = java.nio.file.Path.of(out);
        try (AtomicFiles files = new AtomicFiles()) {
          files.text(p, statements::write);
          files.text(Export.sidecar(p), sentences::write);
          files.commit();
        }
        return;
      }
      // a cluster file system: each file written beside its target, then renamed over it
      Path target = new Path(out);
      Path side = new Path(sidecar(out));
      FileSystem fs = target.getFileSystem(conf);
      Path tmpTarget = new Path(target.getParent(), "." + target.getName() + ".tmp");
      Path tmpSide = new Path(side.getParent(), "." + side.getName() + ".tmp");
      for (Object[] f : new Object[][] {{tmpTarget, statements}, {tmpSide, sentences}}) {
        try (BufferedWriter w =
            new BufferedWriter(
                new OutputStreamWriter(fs.create((Path) f[0], true), StandardCharsets.UTF_8))) {
          ((Body) f[1]).write(w);
        }
      }
      for (Path[] pair : new Path[][] {{tmpTarget, target}, {tmpSide, side}}) {
        fs.delete(pair[1], false);
        if (!fs.rename(pair[0], pair[1])) {
          throw new IOException("cannot move " + pair[0] + " to " + pair[1]);
        }
      }
    }
  }
}
