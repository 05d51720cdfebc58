package org.cagraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.cagraph.extract.DocumentInfo;
import org.cagraph.extract.Manifest;
import org.cagraph.text.BadInputException;

/** What the evaluation needs to know of a corpus folder: each document's text and language. */
final class Corpora {
  private Corpora() {}

  /** Document id → original text, for the plain-text papers of a folder. */
  static Map<String, String> texts(Path corpus) throws IOException {
    Map<String, String> texts = new HashMap<>();
    try (var files = Files.list(corpus)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (n.endsWith(".txt") || n.endsWith(".md")) {
          String t = Files.readString(f, StandardCharsets.UTF_8);
          texts.put(
              n.substring(0, n.lastIndexOf('.')), t.startsWith("\uFEFF") ? t.substring(1) : t);
        }
      }
    }
    return texts;
  }

  /**
   * Document id → the language its manifest gives (zh-Hant, zh-Hans, en, ru), where it gives one.
   */
  static Map<String, String> languages(Path corpus) throws IOException {
    Map<String, String> out = new HashMap<>();
    try {
      Manifest m = Manifest.read(corpus);
      for (DocumentInfo d : m.documents()) {
        if (d.language() != null) {
          out.put(d.id(), d.language());
        }
      }
    } catch (BadInputException e) {
      throw new IOException(e.getMessage(), e);
    }
    return out;
  }

  /**
   * The language a sentence is reported under: its script decides between Chinese, Russian and
   * English (a Chinese paper quotes English and Russian passages); Chinese takes the document's
   * script variant (zh-Hant, zh-Hans).
   */
  static String language(String sentence, String documentLanguage) {
    int han = 0;
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < sentence.length(); ) {
      int cp = sentence.codePointAt(i);
      i += Character.charCount(cp);
      switch (Character.UnicodeScript.of(cp)) {
        case HAN -> han += 2; // a Han character carries about a word
        case CYRILLIC -> cyrillic++;
        case LATIN -> latin++;
        default -> {}
      }
    }
    if (han >= cyrillic && han >= latin && han > 0) {
      return documentLanguage != null && documentLanguage.startsWith("zh")
          ? documentLanguage
          : "zh";
    }
    return cyrillic > latin ? "ru" : "en";
  }
}
