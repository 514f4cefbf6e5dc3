package dev.empathy.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Channels} reads the class path's service files itself when every provider they name is
 * bundled (issue #15: no provider class is loaded before its channel is asked for). It reads them
 * as ServiceLoader does (files in order, names in file order, each once, {@code #} comments and
 * blank lines skipped) and hands the search back to ServiceLoader (null) when any name is not a
 * bundled channel, whose id is only known by making it.
 */
class BundledProviderNamesTest {
  private static final Map<String, String> BUNDLED = Map.of("a.Sms", "sms", "b.Chat", "chat", "c.Voice", "voice");

  @TempDir Path dir;

  private Iterable<URL> files(String... contents) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (int i = 0; i < contents.length; i++) {
      Path f = dir.resolve("services-" + i);
      Files.writeString(f, contents[i], StandardCharsets.UTF_8);
      urls.add(f.toUri().toURL());
    }
    return urls;
  }

  private List<String> read(String... contents) throws IOException {
    List<URL> urls = new ArrayList<>();
    files(contents).forEach(urls::add);
    return Channels.bundledProviderNames(BUNDLED, Collections.enumeration(urls));
  }

  @Test
  void namesInFileOrderEachOnceWithCommentsAndBlanksSkipped() throws IOException {
    assertEquals(
        List.of("c.Voice", "a.Sms", "b.Chat"),
        read("# providers\nc.Voice\n\n  a.Sms   # the texts\r\nc.Voice\n", "b.Chat\na.Sms\n"));
  }

  @Test
  void noServiceFileIsNoProvider() throws IOException {
    assertEquals(List.of(), read());
    assertEquals(List.of(), read("# nothing here\n\n"));
  }

  @Test
  void aProviderThatIsNotBundledLeavesTheSearchToServiceLoader() throws IOException {
    assertNull(read("a.Sms\n", "com.example.MyChannel\nb.Chat\n"));
  }

  @Test
  void anUnreadableFileLeavesTheSearchToServiceLoader() throws IOException {
    List<URL> urls = new ArrayList<>();
    files("a.Sms\n").forEach(urls::add);
    urls.add(dir.resolve("missing").toUri().toURL());
    assertNull(Channels.bundledProviderNames(BUNDLED, Collections.enumeration(urls)));
  }

  @Test
  void onTheClassPathWithoutChannelsOnlyPlainIsFound() {
    // empathy-core's own tests have no channel providers: the reading finds none, as ServiceLoader would.
    assertEquals(List.of(), Channels.bundledProviderNames(Channels.bundledIds()));
    assertEquals(java.util.Set.of("plain"), Channels.ids());
  }

  @Test
  void theServiceFileIsServiceLoaders() {
    assertEquals("META-INF/services/" + Channel.class.getName(), Channels.SERVICES);
  }
}
