package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.empathy.Register;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The customer's "we" (their household, their family, their firm) said back in the reply's
 * register, with the company they address turned to our side: "seit zwei Wochen funktioniert der
 * Aufzug in unserem Haus nicht und wir wohnen im 5. Stock" → "… in Ihrem Haus nicht und Sie wohnen
 * im 5. Stock"; "la chaudière de notre immeuble est en panne et nous n’avons pas de chauffage" →
 * "… de votre immeuble … et vous n’avez pas de chauffage"; "Ihr Kundenservice hat mir dreimal
 * zugesagt" → "unser Kundenservice hat Ihnen dreimal zugesagt". Kept as typed before, the reply
 * spoke as the customer ("Wenn ich Sie richtig verstehe: … wir wohnen im 5. Stock").
 *
 * <p>All by data in {@code clauses_<language>.properties}: {@code we.formal} / {@code we.informal}
 * (whole words, any case: "wir=Sie", "notre=votre", "meinem=Ihrem"); {@code we.company.asTyped}
 * (the company's possessive as typed, with its capital: "Ihr=unser", "votre=notre"), turned only
 * beside the customer's own words ({@code we.own}), as an agent's summary addresses the customer
 * ("Ihr Paket ist verloren"); {@code we.object} with {@code we.object.<register>.<case>} after
 * {@code we.object.<case>After} ("bei uns" → "bei Ihnen", "für uns" → "für Sie"); {@code
 * we.subject} and the verb after it ({@code we.verbs}, {@code we.endings}: "avons=avez", "ons=ez",
 * past {@code we.skip} words and an elided {@code we.verbPrefixes}: "nous n’avons"); {@code
 * we.blockedBy} (any case) and {@code we.blockedBy.asTyped} (with their capital: "Sie", "ihr"): words that leave the text to {@link OwnPerson}'s usual handling (a first person
 * singular whose verb turns, an address that is not sure). A language without {@code we.formal}
 * turns nothing here.
 *
 * <pre>{@code
 * CustomerWe.forLocale(Locale.GERMAN).turn("wir warten seit 3 Wochen", Register.FORMAL);   // "Sie warten seit 3 Wochen"
 * CustomerWe.forLocale(Locale.FRENCH).turn("personne ne nous rappelle", Register.INFORMAL); // "personne ne vous rappelle"
 * }</pre>
 */
final class CustomerWe {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Map<String, CustomerWe> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ImmutableMap<String, String> formal;
  private final ImmutableMap<String, String> informal;
  private final ImmutableMap<String, String> company;
  private final ImmutableSet<String> own;
  private final String object;
  private final ImmutableSet<String> dativeAfter;
  private final ImmutableSet<String> accusativeAfter;
  private final ImmutableMap<String, String> objectForms;
  private final String subject;
  private final ImmutableMap<String, String> verbs;
  private final String[][] endings;
  private final ImmutableSet<String> skip;
  private final ImmutableSet<String> verbPrefixes;
  private final ImmutableSet<String> blockedBy;
  private final ImmutableSet<String> blockedAsTyped;
  /** Elided openings of words that block as {@code we.blockedBy} does ({@code we.blockedPrefixes}: "m’a", "j’attends"). */
  private final ImmutableSet<String> blockedPrefixes;

  private CustomerWe(Locale locale, Properties p) {
    this.locale = locale;
    this.formal = pairs(p.getProperty("we.formal", ""), true);
    this.informal = pairs(p.getProperty("we.informal", ""), true);
    this.company = pairs(p.getProperty("we.company.asTyped", ""), false);
    this.own = words(p.getProperty("we.own", ""));
    this.object = p.getProperty("we.object", "").strip().toLowerCase(locale);
    this.dativeAfter = words(p.getProperty("we.object.dativeAfter", ""));
    this.accusativeAfter = words(p.getProperty("we.object.accusativeAfter", ""));
    ImmutableMap.Builder<String, String> forms = ImmutableMap.builder();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("we.object.formal.") || key.startsWith("we.object.informal.")) {
        forms.put(key.substring("we.object.".length()), p.getProperty(key).strip());
      }
    }
    this.objectForms = forms.buildKeepingLast();
    this.subject = p.getProperty("we.subject", "").strip().toLowerCase(locale);
    this.verbs = pairs(p.getProperty("we.verbs", ""), true);
    this.endings = LIST.splitToStream(p.getProperty("we.endings", "")).map(e -> e.split("=", 2))
        .sorted((a, b) -> b[0].length() - a[0].length()).toArray(String[][]::new);
    this.skip = words(p.getProperty("we.skip", ""));
    this.verbPrefixes = words(p.getProperty("we.verbPrefixes", "").replace('\'', '’'));
    this.blockedBy = words(p.getProperty("we.blockedBy", "").replace('\'', '’'));
    this.blockedAsTyped = ImmutableSet.copyOf(LIST.split(p.getProperty("we.blockedBy.asTyped", "")));
    this.blockedPrefixes = words(p.getProperty("we.blockedPrefixes", "").replace('\'', '’'));
  }

  static CustomerWe forLocale(Locale locale) {
    return ClauseData.shared(BY_LANGUAGE, locale, CustomerWe::new);
  }

  private ImmutableMap<String, String> pairs(String list, boolean fold) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String pair : LIST.split(list)) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalStateException("clauses_" + locale.getLanguage() + ": a we.* pair must be word=word but was \"" + pair + "\"");
      }
      b.put(fold ? kv[0].strip().replace('\'', '’').toLowerCase(locale) : kv[0].strip(), kv[1].strip());
    }
    return b.buildKeepingLast();
  }

  private ImmutableSet<String> words(String list) {
    return ImmutableSet.copyOf(LIST.splitToStream(list).map(w -> w.toLowerCase(locale)).iterator());
  }

  /**
   * {@code text} with the customer's "we" and own words said to them in {@code register}, and the
   * company they address said as ours; null when it has no "we" nor company of ours to turn, or a
   * word of {@code we.blockedBy}, or an object or verb these rules cannot turn with certainty.
   */
  String turn(String text, Register register) {
    Map<String, String> words = register == Register.INFORMAL ? informal : formal;
    if (text == null || words.isEmpty()) {
      return null;
    }
    String reg = register == Register.INFORMAL ? "informal." : "formal.";
    // First pass: is there a "we" to turn, is the text the customer's, is anything unsure?
    boolean plural = false;
    boolean single = false;
    boolean ours = false;
    WordWalk walk = new WordWalk(text);
    while (walk.next()) {
      String typed = walk.word();
      String w = typed.replace('\'', '’').toLowerCase(locale);
      if (blockedBy.contains(w) || blockedAsTyped.contains(typed) || blockedPrefix(w)) {
        return null;
      }
      if (company.containsKey(typed)) {
        if (atSentenceStartBeforeLower(text, walk)) {
          return null; // "Ihr habt mir…": the company addressed as a subject, OwnPerson.towardUs turns it
        }
        ours = true;
      } else if (own.contains(w)) {
        single = true;
      } else if (w.equals(subject) || w.equals(object) || words.containsKey(w)) {
        plural = true;
      }
    }
    if (plural ? ours && !single : !(ours && single)) {
      // "nous avons remboursé votre commande": a "we" beside "votre" and none of the customer's own
      // words is the agent's; a text with no "we" and no company of ours is OwnPerson's.
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int copied = 0;
    String previous = null;
    boolean verbDue = false;
    walk = new WordWalk(text);
    while (walk.next()) {
      String typed = walk.word();
      String w = typed.replace('\'', '’').toLowerCase(locale);
      String to = null;
      if (verbDue) {
        String verb = verb(w);
        if (verb != null) {
          to = verb;
          verbDue = false;
        } else if (!skip.contains(w)) {
          verbDue = false; // "personne ne nous rappelle": "nous" was the object, its verb is another's
        }
      }
      if (to == null && w.equals(object) && !w.equals(subject)) {
        String c = previous != null && dativeAfter.contains(previous) ? "dative"
            : previous != null && accusativeAfter.contains(previous) ? "accusative" : null;
        to = c == null ? null : objectForms.get(reg + c);
        if (to == null) {
          return null; // "hat uns geschrieben": which case, the verb decides; never guessed
        }
      } else if (to == null && company.containsKey(typed)) {
        to = company.get(typed);
      } else if (to == null && words.containsKey(w)) {
        to = words.get(w);
        verbDue = w.equals(subject) && (verbs.size() > 0 || endings.length > 0);
      }
      if (to != null) {
        out.append(text, copied, walk.start());
        boolean capital = Character.isUpperCase(typed.charAt(0)) && sentenceStart(text, walk.start());
        out.append(capital ? to.substring(0, 1).toUpperCase(locale) + to.substring(1) : to);
        copied = walk.end();
      }
      previous = w;
    }
    out.append(text, copied, text.length());
    return out.toString();
  }

  private boolean blockedPrefix(String w) {
    for (String prefix : blockedPrefixes) {
      if (w.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The verb {@code w} said with the reply's "you" ("avons" → "avez", "n’avons" → "n’avez"), or null when it is none. */
  private String verb(String w) {
    for (String prefix : verbPrefixes) {
      if (w.startsWith(prefix) && w.length() > prefix.length()) {
        String rest = verb(w.substring(prefix.length()));
        return rest == null ? null : prefix + rest;
      }
    }
    String to = verbs.get(w);
    if (to != null) {
      return to;
    }
    for (String[] e : endings) {
      if (w.endsWith(e[0]) && w.length() > e[0].length() + 1) {
        return w.substring(0, w.length() - e[0].length()) + e[1];
      }
    }
    return null;
  }

  /** True when the word {@code walk} stands at opens a sentence and the next word is lower case ("Ihr habt": a pronoun, not "Ihr Kundenservice"). */
  private static boolean atSentenceStartBeforeLower(String text, WordWalk walk) {
    if (!sentenceStart(text, walk.start())) {
      return false;
    }
    int i = walk.end();
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i >= text.length() || !Character.isUpperCase(text.charAt(i));
  }

  private static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?…".indexOf(text.charAt(i)) >= 0;
  }
}
