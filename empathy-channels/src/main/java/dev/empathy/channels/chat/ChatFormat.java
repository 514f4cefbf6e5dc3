package dev.empathy.channels.chat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.encoder.Encode;

/**
 * How each chat platform wants text: its escaping (applied once, at the end, to everything in the
 * bubble) and its emphasis. Customer and agent text can never produce markup, mentions or
 * broadcasts, because every character that could open one is escaped.
 */
enum ChatFormat {
  /**
   * Web chat widgets that render Markdown (CommonMark with GitHub's tables and strikethrough): a
   * character is escaped only where the renderer would read it as markup, so "order #44821" and
   * "trust & safety" reach the customer as typed, never as "\\#44821" or "\\&".
   */
  WEB("markdown") {
    @Override
    String escape(String text) {
      StringBuilder sb = new StringBuilder(text.length() + 16);
      boolean lineStart = true;
      boolean severalLines = text.indexOf('\n') >= 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (readsAsMarkup(text, i, lineStart, severalLines)) {
          sb.append('\\');
        } else if (lineStart && (c == '-' || c == '+' || c == '=')) {
          sb.append('\\');
        } else if ((c == '.' || c == ')') && lineStart(text, i)) {
          sb.append('\\'); // "1." or "1)" at a line start would start an ordered list
        }
        sb.append(c);
        lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
      }
      return sb.toString();
    }

    @Override
    String bold(String escaped) {
      return "**" + escaped + "**";
    }
  },
  /** Slack mrkdwn: only {@code & < >} are escaped (once); every @mention is defused. */
  SLACK("mrkdwn") {
    @Override
    String escape(String text) {
      Matcher m = MENTION.matcher(text);
      // "@here", "@oncall" or "@dana" typed by a customer must not notify anyone if the app posts
      // with link_names: a word joiner after the @ keeps it visible and inert. ("<!subteam^…>"
      // and "<@U123>" cannot form: "<" is escaped.)
      String s = m.find() ? m.replaceAll("@\u2060") : text;
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    String bold(String escaped) {
      return "*" + escaped + "*";
    }
  },
  /** Microsoft Teams: HTML text, so customer text cannot open an {@code <at>} mention. */
  TEAMS("html") {
    @Override
    String escape(String text) {
      return Encode.forHtml(text).replace("\n", "<br>");
    }

    @Override
    String bold(String escaped) {
      return "<b>" + escaped + "</b>";
    }
  },
  /** WhatsApp: {@code *bold*} and {@code _italic_}; there is no escape character. */
  WHATSAPP("whatsapp") {
    @Override
    String escape(String text) {
      return text;
    }

    @Override
    String bold(String escaped) {
      return "*" + escaped + "*";
    }
  },
  /** Messenger: plain text. */
  MESSENGER("plain") {
    @Override
    String escape(String text) {
      return text;
    }

    @Override
    String bold(String escaped) {
      return escaped;
    }
  };

  /** An @ that starts a word (a user, a user group or a broadcast), not one inside an e-mail address. */
  private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._%+\\-<|])@(?=[\\p{L}\\p{N}_])");

  private final String format;

  ChatFormat(String format) {
    this.format = format;
  }

  /** The markup name reported in {@code Rendered.fields().get("format")}. */
  String format() {
    return format;
  }

  /** Escapes plain text for this platform. */
  abstract String escape(String text);

  /** Emphasises already-escaped text. */
  abstract String bold(String escaped);

  /** Whether {@code bold} puts characters around the text (which need a blank beside them). */
  boolean marksEmphasis() {
    return this == WEB || this == SLACK || this == WHATSAPP;
  }

  /** Whether {@code bold} can wrap this plain text without its own characters breaking it. */
  boolean canEmphasise(String plain) {
    return switch (this) {
      case SLACK, WHATSAPP -> plain.indexOf('*') < 0 && plain.indexOf('_') < 0 && plain.indexOf('~') < 0 && plain.indexOf('\n') < 0;
      case WEB -> plain.indexOf('\n') < 0;
      default -> true;
    };
  }

  static ChatFormat of(String flavor) {
    return valueOf(flavor.toUpperCase(Locale.ROOT));
  }

  /** An entity reference CommonMark decodes: "&amp;", "&#35;", "&#x23;" (a bare "&" is shown as typed). */
  private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

  /**
   * Whether the character at {@code i} would be read as Markdown: emphasis, code and strikethrough
   * marks and link brackets anywhere; "_" only at a word's edge (inside a word it never
   * emphasises); a backslash only before punctuation or a line end; "<" only before a tag or
   * autolink; "&" only where it starts an entity; "#" only as a heading's marks at a line start;
   * ">" only as a quote at a line start; "|" only in a text of several lines (a table needs two).
   */
  private static boolean readsAsMarkup(String text, int i, boolean lineStart, boolean severalLines) {
    char c = text.charAt(i);
    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
    return switch (c) {
      case '`', '*', '[', '~' -> true;
      case '_' -> !(i > 0 && Character.isLetterOrDigit(text.codePointBefore(i)) && i + 1 < text.length() && Character.isLetterOrDigit(text.codePointAt(i + 1)));
      case '\\' -> next == '\n' || (next < 128 && PUNCTUATION.indexOf(next) >= 0);
      case '<' -> next < 128 && (Character.isLetter(next) || next == '/' || next == '!' || next == '?');
      case '&' -> ENTITY.matcher(text).region(i, text.length()).lookingAt();
      case '#' -> lineStart && heading(text, i);
      case '>' -> lineStart;
      case '|' -> severalLines;
      default -> false;
    };
  }

  /** ASCII punctuation, the characters a backslash escapes in CommonMark. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** Whether the "#" run at {@code i} (at a line start) is an ATX heading's: one to six, then a blank or the end. */
  private static boolean heading(String text, int i) {
    int j = i;
    while (j < text.length() && text.charAt(j) == '#') {
      j++;
    }
    return j - i <= 6 && (j == text.length() || text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\n');
  }

  private static boolean lineStart(String text, int dot) {
    int i = dot - 1;
    while (i >= 0 && Character.isDigit(text.charAt(i))) {
      i--;
    }
    if (i == dot - 1) {
      return false;
    }
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }
}
