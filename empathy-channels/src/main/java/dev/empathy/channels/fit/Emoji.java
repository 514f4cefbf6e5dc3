package dev.empathy.channels.fit;

/**
 * Emoji in reply text (Unicode Extended_Pictographic, skin-tone modifiers, flags, and the joiners
 * and selectors that bind them), for a channel where they cost more than they say: a speech engine
 * reads "🙌" as "raising hands", and one emoji sends a whole SMS as UCS-2 (70 characters a
 * segment, not 160). "©", "®" and "™" are no emoji here.
 *
 * <pre>{@code
 * Emoji.present("you guys are the best 🙌🙌");   // true
 * Emoji.without("you guys are the best 🙌🙌!");  // "you guys are the best!"
 * }</pre>
 */
public final class Emoji {
  private Emoji() {}

  /**
   * Whether {@code s} holds an emoji.
   *
   * @param s any text
   * @return true when an emoji is in it
   */
  public static boolean present(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp >= 0x2139 && emoji(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * {@code s} without its emoji (and the joiners and selectors that bind them), spaces kept single
   * and none left before a stop or comma.
   *
   * @param s any text
   * @return the text without emoji, stripped
   */
  public static String without(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x2139 && emoji(cp) || cp == 0xFE0F || cp == 0x200D || cp == 0x20E3) {
        continue;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString().replaceAll(" {2,}", " ").replaceAll(" +(?=[.,!?;:])", "").strip();
  }

  private static boolean emoji(int cp) {
    return com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.EXTENDED_PICTOGRAPHIC)
        && cp != 0x00A9 && cp != 0x00AE && cp != 0x2122
        || com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.EMOJI_MODIFIER)
        || com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.REGIONAL_INDICATOR);
  }
}
