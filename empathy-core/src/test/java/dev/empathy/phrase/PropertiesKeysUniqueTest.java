package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A key written twice in a phrase or clause file is a variant lost without a word: {@link
 * java.util.Properties} keeps the last one. Session 15 (reply-en) added a second {@code
 * action.first.16} and the new grateful lead-in never showed; this reads every such file line by
 * line (continuations joined) and fails on any key written twice.
 */
class PropertiesKeysUniqueTest {
  private static final Path ROOT = Path.of("src/main/resources/dev/empathy");

  @Test
  void noKeyIsWrittenTwice() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : new String[] {"phrase", "compose"}) {
      try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".properties")).forEach(files::add);
      }
    }
    assertTrue(files.size() > 10, "found the phrase and clause files: " + files.size());
    List<String> twice = new ArrayList<>();
    for (Path f : files) {
      twice.addAll(keysWrittenTwice(f));
    }
    assertEquals(List.of(), twice);
  }

  @Test
  void aKeyWrittenTwiceIsFound() throws IOException {
    Path f = Files.createTempFile("phrases", ".properties");
    try {
      Files.writeString(f, "# note = x\na.1 = one \\\n  a.1 = not a key\nb = two\na.1 = three\n", StandardCharsets.UTF_8);
      assertEquals(List.of(f.getFileName() + ": a.1"), keysWrittenTwice(f));
    } finally {
      Files.delete(f);
    }
  }

  private static List<String> keysWrittenTwice(Path f) throws IOException {
    Set<String> seen = new HashSet<>();
    List<String> twice = new ArrayList<>();
    boolean continued = false;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      boolean wasContinued = continued;
      continued = line.endsWith("\\");
      String l = line.strip();
      if (wasContinued || l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
        continue;
      }
      int end = 0;
      while (end < l.length() && "=: \t".indexOf(l.charAt(end)) < 0) {
        end++;
      }
      if (!seen.add(l.substring(0, end))) {
        twice.add(f.getFileName() + ": " + l.substring(0, end));
      }
    }
    return twice;
  }
}
