package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import dev.empathy.Register;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An agent's note headed by the noun of what we do, then what it is done to ("reintegro de la
 * diferencia en 48h", "devolução do valor duplicado amanhã"), said as what we do, as {@code
 * noteAction.*} in {@code clauses_<language>.properties} describes: "te reintegramos la diferencia
 * en 48h", "devolvemos o valor duplicado amanhã". Only a noun the data lists, followed by one of its
 * "of" words with an article ("del", "de la", "do", "da"): "reintegro parcial del 50%", "cambio de
 * habitación" and "cupón de 100 pesos" are not read that way. A note headed by a noun of what we
 * give or arrange ({@code noteAction.things}: "indemnización por la lámpara", "respuesta en 72 hs",
 * "vistoria amanhã") is said with that noun's own phrase in its place, the rest kept as typed: "le
 * pagamos una indemnización por la lámpara", "te daremos una respuesta en 72 hs", "agendamos a
 * vistoria amanhã", never a bare noun phrase after a lead-in ("Además, respuesta en 72 hs."). A
 * language without the data says none.
 *
 * <pre>{@code
 * NoteAction es = NoteAction.forLocale(Locale.forLanguageTag("es"));
 * es.said("devolución del cobro en 5-7 días hábiles", Register.INFORMAL);   // "te devolvemos el cobro en 5-7 días hábiles"
 * es.said("reintegro parcial del 50%", Register.FORMAL);                     // "le hacemos un reintegro parcial del 50%"
 * es.said("supervisor a cargo", Register.FORMAL);                            // null
 * }</pre>
 */
final class NoteAction {
  private static final Map<String, NoteAction> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();

  private final Locale locale;
  /** The action noun, lower case, and the verb that says it done by us ("reintegro" → "reintegramos"). */
  private final ImmutableMap<String, String> verbs;
  /** An "of" word with its article and the article alone ("del" → "el", "de la" → "la"), longest first. */
  private final ImmutableMap<String, String> of;
  /** Words that are no thing we act on after the "of" word: a time ("devolução do mês" is the month's money, not the month). */
  private final java.util.Set<String> notThings;
  /** Per register, what says the sentence: "{verb}" and "{rest}" ("te {verb} {rest}"). */
  private final String[] frames;
  /** A noun of what we give or arrange, lower case, and the phrase said in its place ("respuesta" → "{you} daremos una respuesta"). */
  private final ImmutableMap<String, String> things;
  /** Words after the noun that make the note a statement of its own ({@code noteAction.statements}: "cambio posible sin coste"). */
  private final java.util.Set<String> statements;
  /** Per register, the pronoun that stands for {@code {you}} in a thing's phrase ("le", "te"). */
  private final String[] you;

  private NoteAction(Locale locale, Properties p) {
    this.locale = locale;
    this.verbs = pairs(p.getProperty("noteAction.nouns", ""));
    ImmutableMap<String, String> ofWords = pairs(p.getProperty("noteAction.of", ""));
    ImmutableMap.Builder<String, String> sorted = ImmutableMap.builder();
    ofWords.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    this.of = sorted.build();
    this.notThings = java.util.Set.copyOf(LIST.splitToList(p.getProperty("noteAction.notThings", "").toLowerCase(Locale.ROOT)));
    String formal = p.getProperty("noteAction.frame.formal", "").strip();
    this.frames = new String[] {formal, p.getProperty("noteAction.frame.informal", formal).strip()};
    this.things = pairs(p.getProperty("noteAction.things", ""));
    this.statements = java.util.Set.copyOf(LIST.splitToList(p.getProperty("noteAction.statements", "").toLowerCase(Locale.ROOT)));
    String youFormal = p.getProperty("noteAction.you.formal", "").strip();
    this.you = new String[] {youFormal, p.getProperty("noteAction.you.informal", youFormal).strip()};
  }

  static NoteAction forLocale(Locale locale) {
    return ClauseData.shared(BY_LANGUAGE, locale, NoteAction::new);
  }

  /** The note said as what we do in {@code register}, without a final full stop; null when the data does not read it. */
  String said(String note, Register register) {
    if (note == null || verbs.isEmpty() && things.isEmpty()) {
      return null;
    }
    String t = note.strip();
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    int space = t.indexOf(' ');
    if (space <= 0) {
      return null;
    }
    String head = t.substring(0, space).toLowerCase(locale);
    String after = t.substring(space + 1);
    String verb = verbs.get(head);
    String done = verb == null ? null : saidDone(verb, after, register);
    return done != null ? done : saidThing(head, after, register);
  }

  /**
   * The note headed by a noun of {@code noteAction.things}, that noun's phrase in its place and the
   * rest ({@code after}) as typed: "respuesta en 72 hs" → "te daremos una respuesta en 72 hs"; null
   * for any other head, or a rest that opens with no word ("reembolso: ver correo").
   */
  private String saidThing(String head, String after, Register register) {
    String phrase = things.get(head);
    if (phrase == null || after.isEmpty() || !Character.isLetterOrDigit(after.codePointAt(0))
        || statements.contains(after.toLowerCase(locale).split("[\\s,.;:]", 2)[0])) {
      return null; // "cambio posible sin coste hasta 24h antes" says what can be done, not what we do
    }
    String pronoun = you[register == Register.INFORMAL ? 1 : 0];
    String said = phrase.replace("{you}", pronoun).strip().replaceAll("\\s{2,}", " ");
    return said.isEmpty() ? null : said + " " + after;
  }

  /** The note headed by a noun of {@code noteAction.nouns} ({@code verb} is ours), said when an "of" word and its thing follow. */
  private String saidDone(String verb, String after, Register register) {
    String lower = after.toLowerCase(locale);
    for (Map.Entry<String, String> e : of.entrySet()) {
      String w = e.getKey();
      if (lower.startsWith(w + " ") && lower.length() > w.length() + 1 && Character.isLetterOrDigit(lower.charAt(w.length() + 1))) {
        String thing = lower.substring(w.length() + 1).split("[\\s,.;:]", 2)[0];
        if (notThings.contains(thing)) {
          return null;
        }
        String rest = e.getValue() + " " + after.substring(w.length() + 1);
        String frame = frames[register == Register.INFORMAL ? 1 : 0];
        return frame.isEmpty() ? null : frame.replace("{verb}", verb).replace("{rest}", rest);
      }
    }
    return null;
  }

  private static ImmutableMap<String, String> pairs(String list) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String pair : LIST.split(list)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("noteAction entry \"" + pair + "\" must read \"word=word\"");
      }
      b.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
    }
    return b.buildKeepingLast();
  }
}
