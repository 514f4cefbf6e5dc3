package dev.empathy.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Cleans text that came from a customer or an agent before the library stores it. The rules are
 * the documented, visible fallback for hostile or broken input, applied once at the edge:
 *
 * <ul>
 *   <li>{@code CR LF} and a lone {@code CR} become {@code LF};
 *   <li>control characters other than {@code LF} and {@code TAB} are removed, and so are the bidi
 *       embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069), which
 *       could reorder the text around them; emoji joiners, variation selectors and the plain
 *       bidi marks (U+200E, U+200F, U+061C) are kept;
 *   <li>an unpaired surrogate becomes U+FFFD REPLACEMENT CHARACTER, and so does a noncharacter
 *       (U+FFFE, U+FFFF, U+FDD0 to U+FDEF and the last two code points of every plane), which
 *       Unicode reserves for a program's own use and which must not reach a customer;
 *   <li>the result is NFC-normalised, so "é" typed as e + U+0301 is stored as one code point.
 * </ul>
 *
 * <pre>{@code
 * UserText.clean("caf\u0065\u0301\u0007 {0}"); // "café {0}"
 * }</pre>
 *
 * <p>The text is never interpreted: braces, apostrophes, markup and placeholders stay literal.
 */
public final class UserText {
  /**
   * ICU's NFC data, loaded the first time a text needs it: most texts never do (ASCII and the
   * common typographic characters are NFC whatever surrounds them), and loading it is a visible
   * share of a one-line run's start-up.
   */
  private static final class Nfc {
    static final Normalizer2 INSTANCE = Normalizer2.getNFCInstance();
  }

  private UserText() {}

  /**
   * {@return the cleaned text; {@code null} stays {@code null}}
   *
   * @param raw the text as received, or null
   */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    int special = firstNotPrintableAscii(raw);
    if (special < 0) {
      return raw; // nothing to remove or replace, and ASCII is always NFC
    }
    StringBuilder sb = null;
    boolean mayNeedNfc = false;
    int n = raw.length();
    for (int i = special; i < n; i++) { // everything before it is kept as is
      char c = raw.charAt(i);
      if (c >= 0x20 && c < 0x7F) { // most of any text: kept, and NFC whatever surrounds it
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      mayNeedNfc |= !isNfcSafe(c);
      String replacement = null;
      int consumed = 1;
      if (c == '\r') {
        replacement = "\n";
        if (i + 1 < n && raw.charAt(i + 1) == '\n') {
          consumed = 2;
        }
      } else if (isRemovedControl(c)) {
        replacement = "";
      } else if (isNoncharacter(c)) {
        replacement = "\uFFFD";
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(raw.charAt(i + 1))) {
          if ((Character.toCodePoint(c, raw.charAt(i + 1)) & 0xFFFE) == 0xFFFE) {
            sb = sb == null ? new StringBuilder(n).append(raw, 0, i) : sb;
            sb.append('\uFFFD');
            i++;
            continue;
          }
          if (sb != null) {
            sb.append(c).append(raw.charAt(i + 1));
          }
          i++;
          continue;
        }
        replacement = "\uFFFD";
      } else if (Character.isLowSurrogate(c)) {
        replacement = "\uFFFD";
      }
      if (replacement != null) {
        if (sb == null) {
          sb = new StringBuilder(n);
          sb.append(raw, 0, i);
        }
        sb.append(replacement);
        i += consumed - 1;
      } else if (sb != null) {
        sb.append(c);
      }
    }
    String s = sb == null ? raw : sb.toString();
    if (!mayNeedNfc) {
      return s; // only characters that are NFC whatever surrounds them (’ “ ” – — … €)
    }
    // The quick-check span allocates nothing and settles almost all real text; isNormalized
    // (which allocates a buffer) is left for the rare strings with combining marks.
    Normalizer2 nfc = Nfc.INSTANCE;
    return nfc.spanQuickCheckYes(s) == s.length() || nfc.isNormalized(s) ? s : nfc.normalize(s);
  }

  /** True for the noncharacters of the Basic Multilingual Plane: U+FDD0 to U+FDEF, U+FFFE, U+FFFF. */
  private static boolean isNoncharacter(char c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || c >= 0xFFFE;
  }

  /**
   * True for characters that are NFC in any context and never combine with a neighbour: below
   * U+0300 (where the combining marks start), and the general punctuation (U+2002 to U+206F; U+2000
   * and U+2001 decompose) and currency (U+20A0 to U+20CF) blocks, where typographic quotes, dashes,
   * ellipses and the euro sign live. Everything else goes through ICU's check.
   */
  private static boolean isNfcSafe(char c) {
    return c < 0x300 || (c >= 0x2002 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF);
  }

  /**
   * Cleans and strips the text, then checks it is present.
   *
   * @param field the field's name, for the error
   * @param raw the text as received
   * @return the cleaned, stripped text
   * @throws dev.empathy.InvalidInputException naming {@code field} when the text is null or blank
   */
  public static String require(String field, String raw) {
    return require(field, -1, raw);
  }

  /**
   * {@link #require(String, String)} for item {@code index} of the list {@code field}; the error
   * names {@code field[index]} (just {@code field} for a negative index). The name is built only
   * when the text is rejected.
   *
   * @param field the list's name, for the error
   * @param index the item's index in the list
   * @param raw the item as received
   * @return the cleaned, stripped text
   */
  public static String require(String field, int index, String raw) {
    if (raw == null) {
      throw dev.empathy.InvalidInputException.forRule(name(field, index), "must not be null");
    }
    String s = clean(raw).strip();
    if (invisible(s)) {
      throw dev.empathy.InvalidInputException.forRule(name(field, index), "must not be blank");
    }
    return s;
  }

  /** True when {@code s} shows nothing: empty, or only spaces and invisible format characters (U+200B). */
  private static boolean invisible(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT && cp != 0x00A0) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static String name(String field, int index) {
    return index < 0 ? field : field + "[" + index + "]";
  }

  /** The index of the first character that is not printable ASCII (or LF, TAB), else -1. */
  private static int firstNotPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || c >= 0x7F) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isRemovedControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
  }

  /**
   * The bidi embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069): in a
   * customer's text they can reverse what the agent or the customer sees around them ("Trojan
   * Source"), so they are removed; the plain marks U+200E, U+200F and U+061C stay.
   */
  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
