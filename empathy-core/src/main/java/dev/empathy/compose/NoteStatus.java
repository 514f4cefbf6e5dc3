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

  /** An amount typed right before what was done ("二重請求分 3,980円 返金済み", "500ポイント付与"). */
  private static final Pattern AMOUNT_BEFORE = Pattern.compile("(.*?)[ \u3000]*([¥￥]?[0-9][0-9,.]*(?:円|pt|ポイント))[ \u3000]*");

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
  /**
   * Things done said by a Sino-Japanese verb noun with no status after it ("解約手順をメールで送付",
   * "担当を私に変更"): done, or promised when a time ahead is in it ("本日中に回答").
   */
  private final List<String> verbNouns;
  /** A first character that makes a verb noun a state, not a thing done ("要確認", "未対応"). */
  private final List<String> verbNounNotAfter;
  private final List<String> promiseTimes;
  /**
   * Nouns that say when or how a thing was done, never the thing itself ({@code
   * noteStatus.verbNouns.adverbs}: "本日発送", "電話連絡"): a verb noun after one takes no object
   * marker, where after any other noun it does ("宛名変更" → "宛名を変更いたしました").
   */
  private final List<String> verbNounAdverbs;
  /**
   * Statuses that after an object marked with を say the verb alone ({@code noteStatus.verbAfterObject}:
   * "回線の設定を変更完了" → "回線の設定を変更いたしました", never "…を変更が完了いたしました").
   */
  private final List<String> verbAfterObject;
  /** Endings that make a kept part a sentence with the copula ({@code noteStatus.copulaAfter}: "3月末まで" → "3月末までです"). */
  private final List<String> copulaAfter;
  /** Per register: said after a verb noun done, promised. */
  private final String[] verbNounDone;
  private final String[] verbNounPromised;
  /**
   * Verb nouns that are a verb's stem ({@code noteStatus.verbStems}: "取り消し"), with what is said
   * after them where it differs from a verb noun's ({@code noteStatus.verbStems.done/promised}: casual
   * "取り消しました", never "取り消ししました").
   */
  private final List<String> verbStems;
  private final String[] stemDone;
  private final String[] stemPromised;
  /** Finished endings and the form that goes on to the next part ("いたしました" → "いたし、…"). */
  private final List<String[]> continuative;
  /** The sentence end between a finished part and a kept one ("。"). */
  private final String fullStop;
  /** Per register: what makes a kept noun part a sentence after a finished one ("NH105 明日9:40発" → "…発です"). */
  private final String[] copula;
  /** A kept part "X なし" said as a sentence: the absence word and, per register, what says it ("違約金はございません"). */
  private final String none;
  /** The particle between a noun and the amount it has ("二重請求分の3,980円"). */
  private final String genitive;
  private final String[] noneSaid;

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
    List<String> nouns = new ArrayList<>(LIST.splitToList(p.getProperty("noteStatus.verbNouns", "")));
    nouns.sort((a, b) -> b.length() - a.length());
    this.verbNouns = List.copyOf(nouns);
    this.verbNounNotAfter = LIST.splitToList(p.getProperty("noteStatus.verbNouns.notAfter", ""));
    List<String> times = new ArrayList<>(LIST.splitToList(p.getProperty("noteStatus.verbNouns.promiseTimes", "")));
    times.sort((a, b) -> b.length() - a.length());
    this.promiseTimes = List.copyOf(times);
    this.verbNounAdverbs = LIST.splitToList(p.getProperty("noteStatus.verbNouns.adverbs", ""));
    this.verbAfterObject = LIST.splitToList(p.getProperty("noteStatus.verbAfterObject", ""));
    this.copulaAfter = LIST.splitToList(p.getProperty("noteStatus.copulaAfter", ""));
    this.verbNounDone = registers(p, "noteStatus.verbNouns.done");
    this.verbNounPromised = registers(p, "noteStatus.verbNouns.promised");
    this.verbStems = LIST.splitToList(p.getProperty("noteStatus.verbStems", ""));
    this.stemDone = registers(p, "noteStatus.verbStems.done");
    this.stemPromised = registers(p, "noteStatus.verbStems.promised");
    List<String[]> goOn = new ArrayList<>();
    for (String pair : LIST.split(p.getProperty("noteStatus.continuative", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalStateException("noteStatus.continuative entry \"" + pair + "\" must read \"ending=form\"");
      }
      goOn.add(new String[] {pair.substring(0, eq).strip(), pair.substring(eq + 1).strip()});
    }
    goOn.sort((a, b) -> b[0].length() - a[0].length());
    this.continuative = List.copyOf(goOn);
    this.fullStop = p.getProperty("noteStatus.fullStop", "").strip();
    this.copula = registers(p, "noteStatus.copula");
    this.none = p.getProperty("noteStatus.none", "").strip();
    this.genitive = p.getProperty("noteStatus.genitive", "").strip();
    this.noneSaid = registers(p, "noteStatus.none");
  }

  /** {@code key.formal} and {@code key.informal}, blank when not given. */
  private static String[] registers(Properties p, String key) {
    return new String[] {p.getProperty(key + ".formal", "").strip(), p.getProperty(key + ".informal", "").strip()};
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
    String[] said = new String[pieces.size()];
    boolean any = false;
    for (int i = 0; i < said.length; i++) {
      said[i] = part(pieces.get(i), table, register);
      any |= said[i] != null;
    }
    if (!any) {
      return null;
    }
    int r = register == Register.INFORMAL ? 1 : 0;
    StringBuilder out = new StringBuilder(t.length() + 16);
    for (int i = 0; i < said.length; i++) {
      String piece = pieces.get(i);
      if (i > 0 && said[i - 1] != null) {
        if (said[i] != null) {
          // "送付いたしました、返金手続きが完了いたしました": a finished sentence goes on in its
          // continuative form ("送付いたし、返金手続きが完了いたしました").
          goOn(out);
          out.append(parts);
        } else {
          // "手配いたしました、NH105 明日9:40発": the sentence ends; the kept part is its own.
          out.append(fullStop.isEmpty() ? parts : fullStop);
          piece = fullStop.isEmpty() ? piece : keptAsSentence(piece, r);
        }
      } else if (i > 0) {
        out.append(parts);
      }
      out.append(said[i] != null ? said[i] : piece);
    }
    return out.toString();
  }

  /** {@code out} with its finished ending turned into the form that goes on ("いたしました" → "いたし"). */
  private void goOn(StringBuilder out) {
    for (String[] ending : continuative) {
      int at = out.length() - ending[0].length();
      if (at > 0 && out.indexOf(ending[0], at) == at) {
        out.replace(at, out.length(), ending[1]);
        return;
      }
    }
  }

  /**
   * A kept part said as a sentence of its own after a finished one: "違約金なし" → "違約金はございません",
   * a part ending in a noun or a figure ("NH105 明日9:40発") with the copula; anything else as typed.
   */
  private String keptAsSentence(String piece, int r) {
    if (piece.isEmpty()) {
      return piece;
    }
    if (!none.isEmpty() && !noneSaid[r].isEmpty() && piece.endsWith(none) && piece.length() > none.length()
        && nounCharacter(piece.codePointBefore(piece.length() - none.length()))) {
      return piece.substring(0, piece.length() - none.length()) + noneSaid[r];
    }
    int last = piece.codePointBefore(piece.length());
    boolean copulaEnding = copulaAfter.stream().anyMatch(e -> piece.endsWith(e) && piece.length() > e.length());
    return nounCharacter(last) || Character.isLetterOrDigit(last) && last < 0x3040 || copulaEnding ? piece + copula[r] : piece;
  }

  /**
   * {@code thing} ending in an amount and a verb noun, said with the amount as the object
   * ("二重請求分 3,980円 返金" → "二重請求分の3,980円を返金", "500ポイント付与" → "500ポイントを付与");
   * null otherwise.
   */
  private String amountObject(String thing) {
    if (object.isEmpty()) {
      return null;
    }
    for (String noun : verbNouns) {
      if (!thing.endsWith(noun) || thing.length() == noun.length()) {
        continue;
      }
      Matcher m = AMOUNT_BEFORE.matcher(thing.substring(0, thing.length() - noun.length()));
      if (!m.matches()) {
        return null;
      }
      String pre = m.group(1);
      String of = !pre.isEmpty() && nounCharacter(pre.codePointBefore(pre.length())) ? genitive : "";
      return pre + of + m.group(2) + object + noun;
    }
    return null;
  }

  /**
   * A Han or Katakana character, or the long-vowel mark that ends many Katakana words ("サーバー"):
   * one that ends a noun, never an ending.
   */
  private static boolean nounCharacter(int c) {
    if (c == 'ー') {
      return true;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.KATAKANA;
  }

  /**
   * A part ending in a verb noun ("…をメールで送付", "本日中に回答") said as done or, with a time ahead
   * in it ("明日10時に折り返し連絡"; not "明日の便を確保", a thing), as promised; a figure or code right before it takes the object marker
   * ("座席12A確保" → "座席12Aを確保いたしました"). Null when it ends otherwise.
   */
  private String verbNoun(String piece, Register register) {
    int r = register == Register.INFORMAL ? 1 : 0;
    if (verbNounDone[r].isEmpty()) {
      return null;
    }
    for (String noun : verbNouns) {
      if (!piece.endsWith(noun) || piece.length() == noun.length()) {
        continue;
      }
      String before = piece.substring(0, piece.length() - noun.length());
      for (String not : verbNounNotAfter) {
        if (before.endsWith(not)) {
          return null; // "要確認", "未対応": a state, not a thing done
        }
      }
      boolean promised = false;
      for (String time : promiseTimes) {
        // "明日10時に折り返し連絡": a time ahead anywhere in the part, unless it names a thing ("明日の便を確保").
        for (int at = before.indexOf(time); at >= 0 && !promised; at = before.indexOf(time, at + 1)) {
          promised = !before.startsWith(genitive, at + time.length()) || genitive.isEmpty();
        }
      }
      String said = promised && !verbNounPromised[r].isEmpty() ? verbNounPromised[r] : verbNounDone[r];
      if (verbStems.contains(noun)) {
        String stem = promised ? stemPromised[r] : stemDone[r];
        said = stem.isEmpty() ? said : stem;
      }
      String amountFirst = before.contains(object) ? null : amountObject(piece);
      if (amountFirst != null) {
        return amountFirst + said;
      }
      int last = before.codePointBefore(before.length());
      boolean code = !object.isEmpty() && last < 0x3040 && Character.isLetterOrDigit(last) && !before.contains(object);
      // "宛名変更", "キャンセル料免除": a noun right before the verb noun is what was done to ("宛名を変更");
      // a noun of when or how is not ("本日発送", "電話連絡").
      boolean thing = !object.isEmpty() && nounCharacter(last) && !before.contains(object)
          && verbNounAdverbs.stream().noneMatch(before::endsWith);
      return before + (code || thing ? object : "") + noun + said;
    }
    return null;
  }

  /**
   * True when {@code thing} ends in a verb noun after a particle ("メールで送付", "土曜日に指定"): a
   * thing done, not a thing that was completed ("住所変更", "返金").
   */
  private boolean doneAfterParticle(String thing) {
    for (String noun : verbNouns) {
      if (thing.endsWith(noun) && thing.length() > noun.length()) {
        int before = thing.codePointBefore(thing.length() - noun.length());
        return Character.UnicodeScript.of(before) == Character.UnicodeScript.HIRAGANA;
      }
    }
    return false;
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
      String amountFirst = hasObject ? null : amountObject(thing);
      if (amountFirst != null && completed.contains(status[0])) {
        return amountFirst + status[1]; // "二重請求分 3,980円 返金済み" → "二重請求分の3,980円を返金いたしました"
      }
      int r = register == Register.INFORMAL ? 1 : 0;
      if (!verbNounDone[r].isEmpty() && (hasObject && verbAfterObject.contains(status[0])
          || !hasObject && (verbAfterObject.contains(status[0]) || completed.contains(status[0])) && doneAfterParticle(thing))) {
        // "回線の設定を変更完了", "メールで送付済み": a thing done to something, said by its verb
        // ("…を変更いたしました", "メールで送付いたしました"), never "…を変更が完了いたしました".
        return thing + verbNounDone[r];
      }
      if (!hasObject && completed.contains(status[0])) {
        String done = register == Register.INFORMAL ? completedInformal : completedFormal;
        return done.isEmpty() ? thing + status[1] : thing + done;
      }
      return thing + status[1];
    }
    return amount == null ? verbNoun(piece, register) : null;
  }
}
