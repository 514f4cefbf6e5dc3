package dev.empathy.compose;

import com.google.common.base.Splitter;
import dev.empathy.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent's note in a language that marks what was done with a status word after it (Japanese
 * "返金済み", "手続き完了", "確認中"), said as a sentence in the reply's register, as {@code
 * noteStatus.*} in {@code clauses_<language>.properties} describes: "返金済み 4,500円" →
 * "4,500円を返金いたしました", "返金手続き完了" → "返金手続きが完了いたしました", "配送業者に確認中" →
 * "配送業者に確認しております" (casual: "返金しました", "確認しています"). A status word after
 * an object marked with を says the verb alone ("領収書をメールで再送済み" → "領収書をメールで再送いたしました");
 * without one, the thing is what was completed ("住所変更済み" → "住所変更が完了いたしました"). A
 * note of parts joined by "、" is said part by part; a part without a status word is kept. A
 * language without the data says none.
 *
 * <pre>{@code
 * NoteStatus ja = NoteStatus.forLocale(Locale.JAPANESE);
 * ja.said("返金済み 4,500円", Register.FORMAL);   // "4,500円を返金いたしました"
 * ja.said("配送業者に確認中", Register.INFORMAL); // "配送業者に確認しています"
 * ja.said("明日発送します", Register.FORMAL);      // null: already a sentence
 * }</pre>
 */
final class NoteStatus {
  private static final Map<String, NoteStatus> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  /** An amount typed after the note ("返金済み 4,500円", "返金済み ¥4500"). */
  private static final Pattern AMOUNT_AFTER = Pattern.compile("(.+?)[ \u3000]+([¥￥]?[0-9][0-9,.]*(?:円|pt|ポイント)?)");

  /** Per register (formal, informal): each status word and what it is said as, longest first. */
  private final List<List<String[]>> statuses;
  /** The object marker that makes a status word say the verb alone ("を"). */
  private final String object;
  /** The statuses that, without an object marker, name the thing as completed ("済み" → "が完了いたしました"). */
  private final List<String> completed;
  private final String completedFormal;
  private final String completedInformal;
  /** Statuses never said after an object marked with を ("書類を送付予定" is kept: "…送付の予定です" would be wrong). */
  private final List<String> notAfterObject;
  /** The separator of a note's parts ("、"). */
  private final String parts;
  /**
   * Status words said only after one of the things listed ({@code noteStatus.only.<status>}: "中"
   * after "確認", "調査", "対応": "確認中" is "確認しております", "本日中" or "午前中" no note).
   */
  private final Map<String, List<String>> only;

  private NoteStatus(Locale locale, Properties p) {
    this.statuses = List.of(statuses(p, "noteStatus.formal"), statuses(p, "noteStatus.informal"));
    this.object = p.getProperty("noteStatus.object", "").strip();
    this.completed = LIST.splitToList(p.getProperty("noteStatus.completedWithoutObject", ""));
    this.completedFormal = p.getProperty("noteStatus.completed.formal", "").strip();
    this.completedInformal = p.getProperty("noteStatus.completed.informal", "").strip();
    this.parts = p.getProperty("noteStatus.parts", "").strip();
    this.notAfterObject = LIST.splitToList(p.getProperty("noteStatus.notAfterObject", ""));
    Map<String, List<String>> o = new java.util.HashMap<>();
    for (String name : p.stringPropertyNames()) {
      if (name.startsWith("noteStatus.only.")) {
        o.put(name.substring("noteStatus.only.".length()), LIST.splitToList(p.getProperty(name)));
      }
    }
    this.only = Map.copyOf(o);
  }

  private static List<String[]> statuses(Properties p, String key) {
    List<String[]> out = new ArrayList<>();
    for (String pair : LIST.split(p.getProperty(key, ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalStateException(key + " entry \"" + pair + "\" must read \"status=said\"");
      }
      out.add(new String[] {pair.substring(0, eq).strip(), pair.substring(eq + 1).strip()});
    }
    out.sort((a, b) -> b[0].length() - a[0].length());
    return List.copyOf(out);
  }

  static NoteStatus forLocale(Locale locale) {
    return ClauseData.shared(BY_LANGUAGE, locale, NoteStatus::new);
  }

  /** The note said as a sentence in {@code register}, without a final full stop; null when no part of it can be. */
  String said(String note, Register register) {
    List<String[]> table = statuses.get(register == Register.INFORMAL ? 1 : 0);
    if (note == null || table.isEmpty()) {
      return null;
    }
    String t = note.strip();
    while (!t.isEmpty() && "。.".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty() || t.indexOf('\n') >= 0) {
      return null;
    }
    List<String> pieces = parts.isEmpty() ? List.of(t) : Splitter.on(parts).trimResults().splitToList(t);
    StringBuilder out = new StringBuilder(t.length() + 16);
    boolean any = false;
    for (String piece : pieces) {
      String said = part(piece, table, register);
      any |= said != null;
      if (out.length() > 0) {
        out.append(parts);
      }
      out.append(said != null ? said : piece);
    }
    return any ? out.toString() : null;
  }

  private String part(String piece, List<String[]> table, Register register) {
    String body = piece;
    String amount = null;
    Matcher m = AMOUNT_AFTER.matcher(piece);
    if (m.matches()) {
      body = m.group(1);
      amount = m.group(2);
    }
    for (String[] status : table) {
      if (!body.endsWith(status[0]) || body.length() == status[0].length()) {
        continue;
      }
      String thing = body.substring(0, body.length() - status[0].length());
      List<String> allowed = only.get(status[0]);
      if (allowed != null && allowed.stream().noneMatch(thing::endsWith)) {
        return null; // "本日中", "届いていない中": no thing done before the status
      }
      boolean hasObject = !object.isEmpty() && thing.contains(object);
      if (hasObject && notAfterObject.contains(status[0])) {
        return null;
      }
      if (amount != null) {
        if (hasObject || !completed.contains(status[0])) {
          return null; // "領収書を再送済み 2通", "返金完了 500円": the amount's place is not told
        }
        // "返金済み 4,500円": the amount is what was refunded.
        return amount + object + thing + status[1];
      }
      if (!hasObject && completed.contains(status[0])) {
        String done = register == Register.INFORMAL ? completedInformal : completedFormal;
        return done.isEmpty() ? thing + status[1] : thing + done;
      }
      return thing + status[1];
    }
    return null;
  }
}
