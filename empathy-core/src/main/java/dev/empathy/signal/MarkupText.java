package dev.empathy.signal;

/**
 * Text from a web form or a helpdesk's HTML editor read as a person sees it: each HTML entity
 * ({@code &#39;}, {@code &amp;}, {@code &rsquo;}, {@code &#128522;}) as its character and each
 * known tag ({@code <p>}, {@code <br>}) as a space, or a line break where a block ends, with a map
 * back to the offsets of the text as received. The listener reads customers' messages this way;
 * the reviewer reads agents' drafts this way, and reports its spans in the draft as received.
 *
 * <pre>{@code
 * MarkupText m = MarkupText.decode("I&#39;ve refunded it.<br>Sam");
 * m.text().startsWith("I've refunded it."); // true; the tag reads as a line break before "Sam"
 * m.original(1);                           // 1: "'" starts at "&#39;"
 * m.original(2);                           // 6: "ve" starts after the entity
 * }</pre>
 *
 * <p>Text without markup is returned as it is, with the identity map. Unknown entities
 * ("&amp;nosuch;") and things that only look like tags ("&lt;3", "&lt;help@example.com&gt;") stay as
 * typed.
 */
public final class MarkupText {
  private final String text;
  private final int[] origin; // origin[i]: where decoded char i starts; origin[length] = the original's length

  private MarkupText(String text, int[] origin) {
    this.text = text;
    this.origin = origin;
  }

  /**
   * Decodes {@code text}.
   *
   * @param text the text as received
   * @return the decoded text and its map to {@code text}'s offsets
   * @throws NullPointerException when {@code text} is null
   */
  public static MarkupText decode(String text) {
    if (text.indexOf('&') < 0 && text.indexOf('<') < 0) {
      return new MarkupText(text, null);
    }
    int[][] map = new int[1][];
    char[] c = MessageBody.decodeMarkup(text, map);
    return c == null ? new MarkupText(text, null) : new MarkupText(new String(c), map[0]);
  }

  /** {@return the text as a person reads it; the text as received when it had no markup} */
  public String text() {
    return text;
  }

  /**
   * The offset in the text as received of {@code offset} in {@link #text()}: a span {@code [s, e)}
   * of the decoded text is {@code [original(s), original(e))} of the text as received, whole
   * entities included.
   *
   * @param offset from 0 to {@code text().length()}
   * @return the offset in the text as received
   * @throws IndexOutOfBoundsException when {@code offset} is outside the decoded text
   */
  public int original(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " must be within 0.." + text.length());
    }
    return origin == null ? offset : origin[offset];
  }

  /** {@return whether every offset of {@link #text()} is the same in the text as received} */
  public boolean sameOffsets() {
    return origin == null;
  }

  @Override
  public String toString() {
    return "MarkupText[" + text.length() + " chars" + (origin == null ? "" : ", entities decoded") + "]";
  }
}
