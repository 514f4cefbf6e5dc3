package dev.empathy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/empathy-cli} keeps one class-data archive per live jar and JDK in its cache
 * directory: making a new one deletes the stale ones it made (a rebuilt or deleted jar's), keeps
 * another jar's current one, and touches nothing else. A stand-in {@code java} writes the class
 * list and the archive files it is asked for, so the launcher's own logic runs without a JVM.
 */
@EnabledOnOs(OS.LINUX) // the launcher reads GNU stat, as the build's profile that runs it
class LauncherArchivesTest {
  private static final Path LAUNCHER = Path.of("bin", "empathy-cli").toAbsolutePath();

  @TempDir Path dir;
  private Path cache;
  private Path standIn;

  @BeforeEach
  void standInJava() throws Exception {
    cache = Files.createDirectories(dir.resolve("cache"));
    Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
    standIn = bin.resolve("java");
    Files.writeString(
        standIn,
        """
        #!/usr/bin/env bash
        out=""; dump=""
        for a in "$@"; do
          case "$a" in
            -XX:SharedArchiveFile=*) out="${a#*=}" ;;
            -XX:DumpLoadedClassList=*) printf 'java/lang/Object\n' > "${a#*=}" ;;
            -Xshare:dump) dump=1 ;;
          esac
        done
        if [ -n "$dump" ]; then printf 'archive' > "$out"; fi
        printf '%s\n' "$*" >> "${0%/*}/calls"
        exit 0
        """,
        UTF_8);
    Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void aRebuiltJarGetsANewArchiveAndItsOldOneIsDeleted() throws Exception {
    Path jar = jar("a/empathy-cli.jar");
    Path first = archiveFor(jar);
    assertTrue(Files.isRegularFile(first), "archive made: " + first);

    rebuild(jar);
    Path second = archiveFor(jar);

    assertNotEquals(first, second);
    assertTrue(Files.isRegularFile(second));
    assertFalse(Files.exists(first), "the rebuilt jar's old archive is deleted");
    assertFalse(Files.exists(record(first)), "and its record");
    assertEquals(List.of(second.getFileName().toString(), record(second).getFileName().toString()), names());
  }

  @Test
  void anotherLiveJarKeepsItsArchiveAndADeletedJarsGoes() throws Exception {
    Path a = jar("a/empathy-cli.jar");
    Path b = jar("b/empathy-cli.jar");
    Path c = jar("c/empathy-cli.jar");
    Path forA = archiveFor(a);
    Path forB = archiveFor(b);
    Path forC = archiveFor(c);
    assertTrue(Files.exists(forA) && Files.exists(forB) && Files.exists(forC), "one archive per jar path");

    Files.delete(b); // a worktree removed
    rebuild(a);
    Path forA2 = archiveFor(a);

    assertTrue(Files.exists(forA2));
    assertFalse(Files.exists(forA), "a's stale archive");
    assertFalse(Files.exists(forB), "the deleted jar's archive");
    assertTrue(Files.exists(forC), "c is current: kept");
    assertEquals(archiveFor(c), forC, "and used as it is");
  }

  @Test
  void nothingButItsOwnStaleArchivesIsTouched() throws Exception {
    Instant old = Instant.now().minus(Duration.ofHours(2));
    Path outside = Files.writeString(dir.resolve("elsewhere.jsa"), "someone's");
    List<Path> kept =
        List.of(
            Files.writeString(cache.resolve("notes.txt"), "mine"),
            Files.writeString(cache.resolve("other.jsa"), "another tool's"),
            Files.writeString(cache.resolve("empathy-cli-old.jsa"), "not our name"),
            Files.writeString(cache.resolve("empathy-cli-123.jsa.bak"), "a copy"),
            Files.createDirectories(cache.resolve("empathy-cli-5.jsa")),
            Files.createSymbolicLink(cache.resolve("empathy-cli-77.jsa"), outside),
            Files.writeString(cache.resolve("empathy-cli-42.jsa"), "an earlier launcher's, still young"),
            Files.createDirectories(cache.resolve("make.abcdef")));
    for (Path p : kept.subList(0, 5)) {
      Files.setLastModifiedTime(p, FileTime.from(old));
    }
    Path legacy = Files.writeString(cache.resolve("empathy-cli-43.jsa"), "an earlier launcher's, old");
    Path deadMake = Files.createDirectories(cache.resolve("make.ghijkl"));
    Files.writeString(deadMake.resolve("a.jsa"), "half made");
    Path lonelyRecord = Files.writeString(cache.resolve("empathy-cli-44.src"), "/gone.jar\n/gone/java\n");
    for (Path p : List.of(legacy, deadMake, lonelyRecord)) {
      Files.setLastModifiedTime(p, FileTime.from(old));
    }

    Path made = archiveFor(jar("a/empathy-cli.jar"));

    assertTrue(Files.exists(made));
    for (Path p : kept) {
      assertTrue(Files.exists(p, LinkOption.NOFOLLOW_LINKS), "kept: " + p.getFileName());
    }
    assertEquals("someone's", Files.readString(outside));
    assertFalse(Files.exists(legacy), "an hour-old archive of an earlier launcher (no record)");
    assertFalse(Files.exists(deadMake), "an hour-old make that died");
    assertFalse(Files.exists(lonelyRecord), "an hour-old record without its archive");
  }

  @Test
  void aRunWithItsArchiveStartsJavaWithItWhetherJavaIsNamedOrAPath() throws Exception {
    Path jar = jar("a/empathy-cli.jar");
    Path archive = archiveFor(jar);
    Files.deleteIfExists(calls());

    run(jar, standIn.toString(), "analyze");
    run(jar, "java", "analyze"); // found on the PATH, as `command -v java` would find it

    List<String> calls = Files.readAllLines(calls());
    assertEquals(2, calls.size(), calls.toString());
    for (String call : calls) {
      assertEquals("-XX:SharedArchiveFile=" + archive + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar " + jar + " analyze", call);
    }
    assertEquals(List.of(archive.getFileName().toString(), record(archive).getFileName().toString()), names());
  }

  @Test
  void aJarThatCannotBeReadIsLeftToJavaToReport() throws Exception {
    Path missing = dir.resolve("a/empathy-cli.jar");
    Files.createDirectories(missing.getParent());

    assertEquals(0, run(missing, standIn.toString(), "review").exitCode());
    assertEquals(List.of("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar " + missing + " review"), Files.readAllLines(calls()));
    Result archive = run(missing, standIn.toString(), "cds-archive");
    assertEquals(1, archive.exitCode());
    assertTrue(archive.output().contains("no class-data archive for a jar that cannot be read: " + missing), archive.output());
    assertEquals(List.of(), names(), "no archive, no record");
  }

  private record Result(int exitCode, String output) {}

  /** Runs the launcher with the stand-in's directory first on the PATH. */
  private Result run(Path jar, String java, String command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", LAUNCHER.toString(), command).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("JAVA", java);
    env.put("PATH", standIn.getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("EMPATHY_CLI_JAR", jar.toString());
    env.put("EMPATHY_CDS_DIR", cache.toString());
    env.remove("JAVA_OPTS");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    return new Result(p.waitFor(), out);
  }

  private Path calls() {
    return standIn.resolveSibling("calls");
  }

  private Path jar(String path) throws Exception {
    Path jar = dir.resolve(path);
    Files.createDirectories(jar.getParent());
    return Files.writeString(jar, "a jar " + path);
  }

  /** A new build of the same jar path: other bytes, a later time. */
  private static void rebuild(Path jar) throws Exception {
    Files.writeString(jar, Files.readString(jar) + " rebuilt");
    Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(10)));
  }

  /** Runs {@code empathy-cli cds-archive} for the jar and returns the archive it names. */
  private Path archiveFor(Path jar) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", LAUNCHER.toString(), "cds-archive").redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("JAVA", standIn.toString());
    env.put("EMPATHY_CLI_JAR", jar.toString());
    env.put("EMPATHY_CDS_DIR", cache.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    Path archive = Path.of(out);
    assertEquals(cache, archive.getParent(), out);
    assertTrue(archive.getFileName().toString().matches("empathy-cli-[0-9]+\\.jsa"), out);
    return archive;
  }

  private static Path record(Path archive) {
    String name = archive.getFileName().toString();
    return archive.resolveSibling(name.substring(0, name.length() - ".jsa".length()) + ".src");
  }

  private List<String> names() throws Exception {
    try (var files = Files.list(cache)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
