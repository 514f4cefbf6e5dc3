package dev.empathy.channels.email;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;

/**
 * A {@code multipart/alternative} message (RFC 2046): the plain-text body first, the HTML last, so
 * a client shows the richest part it can. Bodies are base64 (RFC 2045, 76-character lines) so no
 * line limit or 8-bit transport can harm them; a subject that is not plain ASCII is written as
 * RFC 2047 encoded words, each holding whole characters, folded to keep header lines short. Lines
 * end in CRLF, as on the wire.
 */
final class MimeAlternative {
  private static final String CRLF = "\r\n";
  // 42 bytes are 56 base64 characters: with "Subject: " and the markers a line stays within 78.
  private static final int WORD_BYTES = 42;

  private MimeAlternative() {}

  static String of(String subject, String plain, String html) {
    // Base64 never contains '_', so this boundary cannot occur inside a part.
    String boundary = "=_empathy_" + Integer.toHexString((plain + html).hashCode());
    StringBuilder sb = new StringBuilder(plain.length() * 2 + html.length() * 2 + 512);
    sb.append("MIME-Version: 1.0").append(CRLF);
    sb.append("Subject: ").append(subjectHeader(subject)).append(CRLF);
    sb.append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append('"').append(CRLF);
    sb.append(CRLF);
    part(sb, boundary, "text/plain", plain);
    part(sb, boundary, "text/html", html);
    sb.append("--").append(boundary).append("--").append(CRLF);
    return sb.toString();
  }

  private static void part(StringBuilder sb, String boundary, String type, String body) {
    sb.append("--").append(boundary).append(CRLF);
    sb.append("Content-Type: ").append(type).append("; charset=UTF-8").append(CRLF);
    sb.append("Content-Transfer-Encoding: base64").append(CRLF);
    sb.append(CRLF);
    sb.append(Base64.getMimeEncoder(76, CRLF.getBytes(UTF_8)).encodeToString(body.getBytes(UTF_8)));
    sb.append(CRLF);
  }

  /** The subject as plain ASCII when it is, else RFC 2047 encoded words folded onto lines. */
  static String subjectHeader(String subject) {
    if (subject.chars().allMatch(c -> c >= 0x20 && c < 0x7F) && subject.length() <= 60 && !subject.contains("=?")) {
      return subject;
    }
    StringBuilder out = new StringBuilder(subject.length() * 2);
    int i = 0;
    while (i < subject.length()) {
      int bytes = 0;
      int j = i;
      while (j < subject.length()) {
        int cp = subject.codePointAt(j);
        int n = new String(Character.toChars(cp)).getBytes(UTF_8).length;
        if (bytes + n > WORD_BYTES && j > i) {
          break;
        }
        bytes += n;
        j += Character.charCount(cp);
      }
      if (out.length() > 0) {
        out.append(CRLF).append(' ');
      }
      out.append("=?UTF-8?B?")
          .append(Base64.getEncoder().encodeToString(subject.substring(i, j).getBytes(UTF_8)))
          .append("?=");
      i = j;
    }
    return out.toString();
  }
}
