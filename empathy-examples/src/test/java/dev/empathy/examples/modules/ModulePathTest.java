package dev.empathy.examples.modules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * empathy-core and empathy-channels as named modules, the way a modular application uses them:
 * a small consumer module is compiled and run on the module path (the other tests run on the
 * class path, which ignores module descriptors). It checks that the descriptors export what a
 * user needs, that the channels are found through {@code provides}/{@code uses}, that the
 * bundled phrase and lexicon resources load inside the modules, and that {@code
 * dev.empathy.channels.fit} stays encapsulated.
 */
class ModulePathTest {
  /** The jars our two modules need at run time, as found on this test's class path. */
  private static final Pattern NEEDED =
      Pattern.compile(
          ".*[/\\\\](empathy-core|empathy-channels)[/\\\\].*"
              + "|.*[/\\\\](guava|failureaccess|jspecify|error_prone_annotations|j2objc-annotations"
              + "|icu4j|twitter-text|encoder)-[0-9][^/\\\\]*\\.jar");

  private static String modulePath;

  @TempDir static Path work;

  @BeforeAll
  static void findModules() {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
      if (NEEDED.matcher(e).matches()) {
        entries.add(e);
      }
    }
    assertTrue(entries.stream().anyMatch(e -> e.contains("empathy-core")), entries.toString());
    assertTrue(entries.stream().anyMatch(e -> e.contains("empathy-channels")), entries.toString());
    modulePath = String.join(File.pathSeparator, entries);
  }

  @Test
  void aModularApplicationComposesAnalysesAndRendersThroughTheChannelService() throws Exception {
    Path src = work.resolve("app-src");
    write(src.resolve("module-info.java"), "module consumer.app { requires dev.empathy.channels; }");
    write(
        src.resolve("consumer/app/Main.java"),
        """
        package consumer.app;

        import dev.empathy.Emotion;
        import dev.empathy.Empathy;
        import dev.empathy.channel.Channels;
        import dev.empathy.channel.Rendered;
        import dev.empathy.compose.Reply;
        import dev.empathy.signal.Signals;
        import java.util.Locale;

        public final class Main {
          public static void main(String[] args) {
            Empathy empathy = Empathy.builder().locale(Locale.FRANCE).build();
            Signals signals = empathy.analyze("Troisième fois que j'écris !!! Je veux être remboursé.");
            Reply reply = empathy.compose()
                .customer("Dana")
                .acknowledge(Emotion.FRUSTRATED, "le double prélèvement")
                .action("j'ai remboursé le second prélèvement")
                .build();
            Rendered sms = Channels.require("sms").render(reply);
            System.out.println("module=" + Empathy.class.getModule().getName());
            System.out.println("channels=" + Channels.ids());
            System.out.println("primary=" + signals.primary().label());
            System.out.println("parts=" + sms.parts().size());
            System.out.println("text=" + reply.toPlainText().replace('\\n', ' '));
          }
        }
        """);
    Path classes = work.resolve("app-classes");
    String errors = compile(src, classes);
    assertEquals("", errors, "the consumer must compile against the exported packages");

    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath + File.pathSeparator + classes,
                "-m", "consumer.app/consumer.app.Main")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the consumer did not finish");
    assertEquals(0, p.exitValue(), out);

    assertTrue(out.contains("module=dev.empathy.core"), "core must load as a named module:\n" + out);
    for (String channel : List.of("chat", "email", "plain", "sms", "social", "voice")) {
      assertTrue(out.lines().anyMatch(l -> l.startsWith("channels=") && l.contains(channel)), channel + "\n" + out);
    }
    assertFalse(out.contains("primary=neutral"), "the French lexicon must load inside the module:\n" + out);
    assertTrue(out.contains("le double prélèvement"), "the French phrasebook must load:\n" + out);
    assertFalse(out.contains("parts=0"), out);
  }

  @Test
  void theFittingSupportPackageIsNotExported() throws Exception {
    Path src = work.resolve("fit-src");
    write(src.resolve("module-info.java"), "module consumer.fit { requires dev.empathy.channels; }");
    write(
        src.resolve("consumer/fit/Main.java"),
        """
        package consumer.fit;

        public final class Main {
          Object cuts = dev.empathy.channels.fit.Cuts.class;
        }
        """);
    String errors = compile(src, work.resolve("fit-classes"));
    assertTrue(errors.contains("dev.empathy.channels.fit") && errors.contains("not visible"), errors);
  }

  /** Compiles every source under {@code src} on our module path; the diagnostics, or "" when it compiles. */
  private static String compile(Path src, Path out) throws IOException {
    List<String> args = new ArrayList<>(List.of("--module-path", modulePath, "-d", out.toString(), "-nowarn"));
    try (var walk = Files.walk(src)) {
      walk.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int code = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, args.toArray(String[]::new));
    return code == 0 ? "" : diagnostics.toString(UTF_8) + " (exit " + code + ")";
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }
}
