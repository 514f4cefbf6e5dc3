package dev.empathy;

import dev.empathy.review.ReviewOptions;
import dev.empathy.review.Reviewer;
import dev.empathy.signal.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Build step, not API: compiles every bundled language's automata (lexicons and rule books) and
 * writes their tables into the class output, so a cold start reads them instead of tokenising
 * thousands of phrases. Maven runs it in {@code process-classes} (see empathy-core's POM):
 *
 * <pre>{@code
 * java -cp empathy-core/target/classes:… dev.empathy.PrecompiledData empathy-core/target/classes/dev/empathy/text/automata
 * }</pre>
 *
 * <p>It also writes {@code dev/empathy/phrase/locale-facts.tsv} under the class output (the
 * argument's fourth parent): what phrasebooks ask ICU about their locales (see {@code
 * LocaleFacts}), {@code dev/empathy/text/one-char-graphemes.txt} (see {@code Graphemes}), {@code
 * dev/empathy/text/break-rules.txt} (see {@code BreakRules}) and {@code
 * dev/empathy/text/segment-classes.bin} (see {@code Segments}).
 *
 * <p>It asks for every locale the JDK knows; the shared registries compile each distinct data set
 * once, so the output holds one file per language's lexicon and rule book.
 */
final class PrecompiledData {
  private PrecompiledData() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PrecompiledData OUTPUT_DIR");
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p : (Iterable<Path>) old::iterator) {
        if (p.getFileName().toString().matches(".*\\.(bin|src|key)")) {
          Files.delete(p); // compile afresh: a table is written only when it is compiled
        }
      }
    }
    System.setProperty("dev.empathy.automata.out", dir.toString());
    List<Locale> locales = new ArrayList<>(List.of(Locale.getAvailableLocales()));
    locales.add(Locale.forLanguageTag("pt-BR"));
    for (Locale l : locales) {
      if (l.getLanguage().isEmpty()) {
        continue;
      }
      Analyzer.forLocale(l);
      Reviewer.create(l, ReviewOptions.defaults());
    }
    // The lexicon of no one language, for a message in a language without a lexicon (Dutch,
    // Russian…): compiled at its first such message otherwise (seconds, see Lexicon.sharedWords).
    try {
      var shared = Class.forName("dev.empathy.signal.Lexicon").getDeclaredMethod("sharedWords");
      shared.setAccessible(true);
      shared.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot compile the lexicon of no one language", e);
    }
    try (Stream<Path> files = Files.list(dir)) {
      System.out.println("PrecompiledData: " + files.filter(p -> p.toString().endsWith(".bin")).count() + " automata in " + dir);
    }
    // ICU's answers about each bundled locale (date patterns, today/tomorrow, small numbers, locale
    // resolution), beside the phrase files: dev/empathy/phrase/locale-facts.tsv.
    Path classes = dir.getParent().getParent().getParent().getParent();
    try {
      var write = Class.forName("dev.empathy.phrase.LocaleFacts").getDeclaredMethod("write", Path.class);
      write.setAccessible(true);
      write.invoke(null, classes);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot write the locale facts", e);
    }
    System.out.println("PrecompiledData: locale facts in " + classes.resolve("dev/empathy/phrase"));
    // Which BMP characters are a grapheme on their own (dev/empathy/text/one-char-graphemes.txt).
    try {
      var write = Class.forName("dev.empathy.text.Graphemes").getDeclaredMethod("writeOneCharGraphemes", Path.class);
      write.setAccessible(true);
      write.invoke(null, classes);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot write the one-character graphemes", e);
    }
    // Which break-rule files ICU picks per locale (dev/empathy/text/break-rules.txt).
    try {
      var write = Class.forName("dev.empathy.text.BreakRules").getDeclaredMethod("write", Path.class);
      write.setAccessible(true);
      write.invoke(null, classes);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot write the break rules", e);
    }
    // The word-break class of every BMP character (dev/empathy/text/segment-classes.bin).
    try {
      var write = Class.forName("dev.empathy.text.Segments").getDeclaredMethod("writeClasses", Path.class);
      write.setAccessible(true);
      write.invoke(null, classes);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot write the segment classes", e);
    }
  }
}
