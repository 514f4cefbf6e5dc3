package dev.empathy.channels.fit;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * Reads a channel's data files (limits, character tables, patterns) from the class path, once, at
 * class initialisation. Data lives in files beside the channel's package, never in Java literals.
 *
 * <pre>{@code
 * ImmutableMap<String, String> limits = ChannelData.properties(SocialChannel.class, "limits.properties");
 * int x = ChannelData.intValue(limits, "x");
 * }</pre>
 */
public final class ChannelData {
  private ChannelData() {}

  /** A UTF-8 properties file next to {@code owner}'s package. */
  public static ImmutableMap<String, String> properties(Class<?> owner, String name) {
    try (InputStream in = open(owner, name);
        Reader r = new InputStreamReader(in, UTF_8)) {
      Properties p = new Properties();
      p.load(r);
      ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
      p.forEach((k, v) -> b.put(k.toString(), v.toString()));
      return b.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * The rows of a tab-separated file next to {@code owner}'s package, skipping blank lines and
   * {@code #} comments. {@code \\uXXXX} escapes in cells are decoded.
   */
  public static ImmutableList<List<String>> rows(Class<?> owner, String name) {
    try (InputStream in = open(owner, name)) {
      String text = new String(in.readAllBytes(), UTF_8);
      ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
      for (String line : Splitter.on('\n').split(text)) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        rows.add(Splitter.on('\t').splitToStream(l).map(ChannelData::unescape).toList());
      }
      return rows.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The integer value of {@code key}, failing loudly when the data file lacks it. */
  public static int intValue(ImmutableMap<String, String> data, String key) {
    String v = data.get(key);
    if (v == null) {
      throw new IllegalStateException("channel data is missing " + key);
    }
    return Integer.parseInt(v.strip());
  }

  private static InputStream open(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing channel data " + owner.getPackageName() + "/" + name);
    }
    return in;
  }

  private static String unescape(String cell) {
    if (cell.indexOf("\\u") < 0) {
      return cell;
    }
    StringBuilder sb = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      if (cell.startsWith("\\u", i) && i + 6 <= cell.length()) {
        sb.append((char) Integer.parseInt(cell.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        sb.append(cell.charAt(i));
      }
    }
    return sb.toString();
  }
}
