package dev.empathy.channels.fit;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML tags in caller text, taken out for a channel that shows or speaks plain text: the text a
 * tag marks is kept, a line-ending tag becomes the channel's separator, and a label in angle
 * brackets loses them. The elements come from {@code markup.properties}.
 *
 * <pre>{@code
 * Markup.untagged("added a note: <b>call first</b>", ", ");  // "added a note: call first"
 * Markup.untagged("click <Pay now>", " ");                   // "click Pay now"
 * }</pre>
 */
public final class Markup {
  private static final ImmutableMap<String, String> DATA = ChannelData.properties(Markup.class, "markup.properties");
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final ImmutableSet<String> TAGS = ImmutableSet.copyOf(LIST.split(DATA.get("tags")));
  private static final ImmutableSet<String> BREAK_TAGS = ImmutableSet.copyOf(LIST.split(DATA.get("tags.break")));
  /** A tag ("<b>", "</b>", "<br/>", "<a href=…>") or a label in angle brackets ("<Pay now>"). */
  private static final Pattern ANGLED =
      Pattern.compile("<(/?)\\s*([\\p{L}][\\p{L}\\p{N}]{0,9})([^<>]{0,200}?)(/?)>|<(\\p{L}(?:[^<>\\n]{0,38}[^<>\\s])?)>");

  private Markup() {}

  /**
   * {@code text} without its HTML tags: a tag of {@code tags} goes, one of {@code tags.break}
   * leaves {@code separator} (never doubled, never at either end); any other word in angle
   * brackets is kept without them, unless it looks like an element we do not know (a closing
   * "</at>", a "<at/>", or an opening whose closing follows): that is left as typed. A text
   * without "<" is returned as it is.
   *
   * @param text caller text (a note, a message)
   * @param separator what a line-ending tag becomes: ", " for a pause, " " for a space
   * @return the text as a reader or listener should get it
   */
  public static String untagged(String text, String separator) {
    // Taking a tag out may join the text around it into another ("<<b>b>"): again until none is left.
    String t = text;
    for (int round = 0; round < 16 && t.indexOf('<') >= 0; round++) {
      String next = once(t, separator);
      if (next.equals(t)) {
        break;
      }
      t = next;
    }
    return t;
  }

  private static final Pattern LINE_MARK = Pattern.compile("(?m)^[ \\t]*(?:\\d{1,2}[.)]|[-•*])[ \\t]+");

  /**
   * {@code text} on one line, for a medium that shows one paragraph (a public post, a text): the
   * line breaks an agent typed in a note ("Steps taken:\n1. confirmed the return\n2. pushed the
   * refund") become {@code separator}, a space after a line that ends with punctuation, and the
   * numbers or bullets that opened two lines or more go (the separator lists them now). A text
   * without a line break is returned as it is.
   *
   * <pre>{@code
   * Markup.oneLine("Steps:\n1. Unplug it\n2. Hold reset", ", ");  // "Steps: Unplug it, Hold reset"
   * }</pre>
   *
   * @param text caller text (a note)
   * @param separator what a line break between two items becomes
   * @return the text as one line
   */
  public static String oneLine(String text, String separator) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    Matcher marks = LINE_MARK.matcher(t);
    int n = 0;
    while (marks.find()) {
      n++;
    }
    if (n >= 2) {
      t = LINE_MARK.matcher(t).replaceAll("");
    }
    StringBuilder out = new StringBuilder(t.length());
    for (String line : t.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        char last = out.charAt(out.length() - 1);
        out.append(",.;:!?。、：".indexOf(last) >= 0 ? " " : separator);
      }
      out.append(l);
    }
    return out.toString();
  }

  private static String once(String text, String separator) {
    // A private-use mark stands where a line-ending tag was until the separators are tidied (the
    // separator itself when the text already holds that mark).
    boolean mark = text.indexOf('\uE000') < 0;
    Matcher m = ANGLED.matcher(text);
    StringBuilder sb = null;
    int copied = 0;
    while (m.find()) {
      String said;
      String name = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
      if (name != null && TAGS.contains(name)
          && (m.group(3).isEmpty() || Character.isWhitespace(m.group(3).charAt(0)) || m.group(3).equals("/"))) {
        said = BREAK_TAGS.contains(name) ? (mark ? "\uE000" : separator) : "";
      } else if (name != null && (m.group(1).equals("/") || m.group(4).equals("/")
          || text.indexOf("</" + m.group(2) + ">") >= 0)) {
        continue; // an element we do not know, or its closing ("x<at>Admin</at>"): left as typed
      } else {
        String inner = m.group(5) != null ? m.group(5) : m.group().substring(1, m.group().length() - 1);
        if (!inner.codePoints().anyMatch(Character::isLetterOrDigit)) {
          continue; // "< >": nothing to say, left as typed
        }
        said = inner.strip();
      }
      sb = sb == null ? new StringBuilder(text.length()) : sb;
      sb.append(text, copied, m.start()).append(said);
      copied = m.end();
    }
    if (sb == null) {
      return text;
    }
    String out = sb.append(text, copied, text.length()).toString();
    if (mark) {
      // Where line-ending tags stood: one separator, none at either end or beside punctuation
      // (after it, a space: "Steps:, Unplug" never; a line break stays one: "Steps:\nUnplug").
      out = out.replaceAll("[ \\t]*\uE000[\\s\uE000]*", "\uE000").replaceAll("^\uE000|\uE000$", "")
          .replaceAll("\uE000(?=[,.;:!?])", "").replaceAll("(?<=[,.;:!?])\uE000", separator.indexOf('\n') >= 0 ? "\n" : " ").replace("\uE000", separator);
    }
    return out.replaceAll(" {2,}", " ");
  }
}
