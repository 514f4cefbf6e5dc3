package dev.empathy.compose;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import dev.empathy.text.UserText;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A reply's text while it is composed: the pieces (phrase literals, caller text, formatted
 * numbers) are kept by reference and joined once, at the exact length and encoding. A reply is
 * mostly UTF-16 (typographic apostrophes), so a growing {@code StringBuilder} would copy it
 * several times; each block's text is later a range of the one joined string.
 */
final class ReplyText implements Consumer<String> {
  private final String sentenceSeparator;
  private String[] pieces;
  private int count;
  private int length;
  private BlockKind previous;

  /** A text of about {@code blocks} blocks: a block is a separator and about four pieces. */
  ReplyText(String sentenceSeparator, int blocks) {
    this.sentenceSeparator = sentenceSeparator;
    this.pieces = new String[Math.max(8, blocks * 5)];
  }

  @Override
  public void accept(String piece) {
    if (piece.isEmpty()) {
      return;
    }
    if (count == pieces.length) {
      pieces = Arrays.copyOf(pieces, count * 2);
    }
    pieces[count++] = piece;
    length += piece.length();
  }

  /**
   * Starts a block of {@code kind}: a sentence separator after a block of the same paragraph, a
   * blank line otherwise. Returns the block's first piece, for {@link #capitalize}.
   */
  int open(BlockKind kind) {
    if (previous != null) {
      accept(Reply.sameParagraph(previous, kind) ? sentenceSeparator : "\n\n");
    }
    previous = kind;
    return count;
  }

  /**
   * Closes a caller's incise with a comma where the sentence goes on after it: the piece written
   * since {@code mark} that ends as {@code value} does ("la cuenta de su madre, que falleció en
   * octubre") followed by a piece that goes on with a word (" para que no tenga…", or a lone space
   * and then a word chosen by a select) gets a comma between them ("…en octubre, para que…"). A
   * following piece that starts with punctuation is left alone.
   */
  void closeIncise(int mark, String value) {
    // Its incise, compared as text: a contraction at the seam ("de" + "le compte, …" → "du compte,
    // …") writes the value as a new piece.
    String incise = value.substring(value.lastIndexOf(", "));
    for (int i = mark; i + 1 < count; i++) {
      if (pieces[i].endsWith(incise)) {
        String next = pieces[i + 1];
        // The word may come as a piece of its own after a lone space: a select on the
        // situation's number ("{situation} {situationNumber, select, plural {ont} other {a}}").
        String word = next.length() > 1 ? next.substring(1) : i + 2 < count ? pieces[i + 2] : "";
        if (next.startsWith(" ") && !word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
          pieces[i + 1] = "," + next;
          length++;
        }
        return;
      }
    }
  }

  /** The index of the next piece: a mark for {@link #capitalize} inside a block. */
  int mark() {
    return count;
  }

  /** Characters so far: a block's start before it is written, its end after. */
  int length() {
    return length;
  }

  /**
   * Capitalises the first letter of the text written since {@code mark} when it is lower case: a
   * phrase that starts with a caller's clause ("you were charged twice…") starts a sentence.
   */
  void capitalize(int mark, ULocale locale) {
    if (mark >= count) {
      return;
    }
    String first = pieces[mark];
    String capitalized = capitalizeFirst(first, locale);
    pieces[mark] = capitalized;
    length += capitalized.length() - first.length();
  }

  /** {@code text} with its first letter (after an opening "¿" or "¡") title-cased when it is lower case, else {@code text}. */
  static String capitalizeFirst(String text, ULocale locale) {
    if (text.length() > 1 && (text.charAt(0) == '¿' || text.charAt(0) == '¡')) {
      // "¿qué es este cargo?": the letter after Spanish's opening mark starts the sentence
      String after = text.substring(1);
      String rest = capitalizeFirst(after, locale);
      return rest == after ? text : text.charAt(0) + rest;
    }
    if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
      return text;
    }
    // A word with a capital of its own keeps its case at a sentence start: "iPad", "eBay", "iOS".
    for (int i = 1; i < text.length() && Character.isLetterOrDigit(text.charAt(i)); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return text;
      }
    }
    int len = Character.charCount(text.codePointAt(0));
    // Title case can leave a letter and a following combining mark un-composed ("ᾷ" → "ᾼ͂"):
    // cleaning again keeps the promise that replies are NFC.
    return UserText.clean(UCharacter.toTitleCase(locale, text.substring(0, len), null) + text.substring(len));
  }

  /** The whole text, joined once. */
  String join() {
    // Exactly the pieces written: String.join makes one call per element and per delimiter, so
    // padding the array with empty pieces cost more than trimming it (a reply has 20 to 30).
    return String.join("", count == pieces.length ? pieces : Arrays.copyOf(pieces, count));
  }
}
