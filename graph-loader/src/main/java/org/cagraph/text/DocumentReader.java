package org.cagraph.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads .txt, .md (UTF-8, BOM tolerated) and .pdf papers, refusing what it cannot read faithfully.
 */
public final class DocumentReader {
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  private final long maxBytes;

  public DocumentReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public DocumentReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public static boolean isPaper(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".pdf");
  }

  public static String idOf(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  public SourceDocument read(Path path) throws BadInputException {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path)) {
        throw new BadInputException(path, "not a readable file");
      }
      checkSize(path, Files.size(path));
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new BadInputException(
          path, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    return read(path, bytes);
  }

  /** Refuses a paper over the size limit before its bytes are read. */
  public void checkSize(Path path, long size) throws BadInputException {
    if (size > maxBytes) {
      throw new BadInputException(
          path,
          String.format(
              Locale.ROOT,
              "%.1f MB is over the %d MB limit for one paper (raise it with --max-mb)",
              size / 1048576.0,
              maxBytes / 1048576));
    }
  }

  /**
   * A paper from its bytes, read from wherever it lives (a folder, HDFS, S3); {@code path} names
   * it.
   */
  public SourceDocument read(Path path, byte[] bytes) throws BadInputException {
    checkSize(path, bytes.length);
    if (bytes.length == 0) {
      throw new BadInputException(path, "empty file");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    String text;
    List<Integer> pages = new ArrayList<>();
    String format;
    if (name.endsWith(".pdf")) {
      format = "pdf";
      text = readPdf(path, bytes, pages);
    } else if (name.endsWith(".txt") || name.endsWith(".md")) {
      format = name.endsWith(".md") ? "md" : "txt";
      text = decodeUtf8(path, bytes);
    } else {
      throw new BadInputException(path, "unsupported file type (expected .txt, .md or .pdf)");
    }
    if (text.isBlank()) {
      throw new BadInputException(path, "holds no text");
    }
    return new SourceDocument(idOf(path), path, text, format, sha256(bytes), List.copyOf(pages));
  }

  private static String decodeUtf8(Path path, byte[] bytes) throws BadInputException {
    int nul = 0;
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        nul++;
      }
    }
    if (nul > 0) {
      throw new BadInputException(path, "binary file (NUL bytes), not a text paper");
    }
    int from =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(
          path, "not valid UTF-8 (a GBK or Big5 file? convert it with iconv -f BIG5 -t UTF-8)");
    }
  }

  private static String readPdf(Path path, byte[] bytes, List<Integer> pages)
      throws BadInputException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      StringBuilder all = new StringBuilder();
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(all.length());
        all.append(stripper.getText(pdf)).append('\n');
      }
      return all.toString();
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(path, "not a readable PDF (" + oneLine(e.getMessage()) + ")");
    } catch (StackOverflowError e) {
      // PDFBox parses nested arrays and dictionaries recursively: a few hundred KB of [[[[ overflow
      // the stack
      throw new BadInputException(path, "not a readable PDF (objects nested too deeply)");
    }
  }

  private static String oneLine(String s) {
    return s == null ? "damaged" : s.lines().findFirst().orElse("damaged");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
