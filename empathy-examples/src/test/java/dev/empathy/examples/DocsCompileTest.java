package dev.empathy.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java in README.md and docs/*.md compiles against the library as users get it, with the
 * imports the snippets show (a reader copies a snippet and it works). The {@code ```java} blocks
 * of one page read like a notebook: their imports are gathered and their statements run in order
 * in one method, so a later block may use what an earlier one declared. A block that declares a
 * type ({@code class}, {@code record}, {@code interface}) is a compilation unit of its own.
 */
class DocsCompileTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern TYPE_DECLARATION =
      Pattern.compile("(?m)^(public |final |abstract )*(class|record|interface|enum) \\w+");

  @TempDir Path work;

  static Stream<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("..", "README.md")));
    try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages.stream().filter(DocsCompileTest::hasJava);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theJavaOnThePageCompiles(Path page) throws IOException {
    List<String> imports = new ArrayList<>();
    StringBuilder statements = new StringBuilder();
    List<Path> sources = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(page, UTF_8));
    int n = 0;
    while (m.find()) {
      String block = m.group(1);
      n++;
      if (TYPE_DECLARATION.matcher(block).find()) {
        String name = typeName(block);
        sources.add(write(work.resolve("types" + n).resolve(name + ".java"), block));
        continue;
      }
      for (String line : block.split("\n", -1)) {
        if (line.startsWith("import ")) {
          imports.add(line);
        } else {
          statements.append(line).append('\n');
        }
      }
      statements.append("// end of block ").append(n).append('\n');
    }
    assertTrue(n > 0, page + " has no Java");
    String unit =
        String.join("\n", imports)
            + "\n\nclass PageSnippets {\n  void run() throws Exception {\n"
            + statements
            + "  }\n}\n";
    sources.add(write(work.resolve("PageSnippets.java"), unit));

    List<String> args =
        new ArrayList<>(List.of("-d", work.resolve("classes").toString(), "-proc:none", "-nowarn",
            "-classpath", System.getProperty("java.class.path")));
    sources.forEach(s -> args.add(s.toString()));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int code = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, args.toArray(String[]::new));
    assertEquals(0, code, page + "'s Java does not compile as shown:\n" + diagnostics.toString(UTF_8) + "\n" + unit);
    assertFalse(imports.isEmpty(), page + ": snippets must show their imports");
  }

  private static boolean hasJava(Path page) {
    try {
      return JAVA_BLOCK.matcher(Files.readString(page, UTF_8)).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String typeName(String block) {
    Matcher t = TYPE_DECLARATION.matcher(block);
    assertTrue(t.find());
    String declaration = t.group();
    return declaration.substring(declaration.lastIndexOf(' ') + 1);
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, UTF_8);
  }
}
