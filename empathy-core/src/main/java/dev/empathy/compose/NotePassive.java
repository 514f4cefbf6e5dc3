package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.empathy.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An agent's note in a language that puts the participle last (German), naming a thing and then
 * what was done to it with no finite verb ("Doppelte Abbuchung erstattet", "Neuer Code per SMS
 * verschickt"), said as a sentence in the passive: "Die doppelte Abbuchung wurde erstattet", "Der
 * neue Code wurde per SMS verschickt". The thing's gender and number are read from structure, as
 * {@code notePassiveFinal.*} in {@code clauses_<language>.properties} describes: an opening
 * adjective's strong ending ("Neuer" masculine, "Neues" neuter, "Doppelte" feminine or plural), a
 * feminine or plural noun ending ("-ung", "-ungen"), or a determiner typed with it. A part whose
 * thing cannot be told so is kept as typed ("Akte geschlossen"), as is a note with a finite verb
 * or a subject ("Techniker kommt morgen", "ich habe die Karte gesperrt"). A note of parts joined
 * by commas is said part by part. A language without the data says none.
 *
 * <pre>{@code
 * NotePassive de = NotePassive.forLocale(Locale.GERMAN);
 * de.said("Doppelte Abbuchung erstattet.");   // "Die doppelte Abbuchung wurde erstattet"
 * de.said("Fehlende Artikel nachgeschickt");  // "Die fehlenden Artikel wurden nachgeschickt"
 * de.said("Akte geschlossen");                // null: the thing's gender is neither told by its form nor listed
 * de.said("Abbuchung gestoppt, 12,99 Euro Erstattung");
 *     // "Die Abbuchung wurde gestoppt, Sie erhalten eine Erstattung über 12,99 Euro"
 * }</pre>
 */
final class NotePassive {
  private static final Map<String, NotePassive> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final int MASCULINE = 0;
  private static final int FEMININE = 1;
  private static final int NEUTER = 2;
  private static final int PLURAL = 3;
  /** At most this many words in a part: a longer one is a sentence the agent wrote, kept. */
  private static final int MOST_WORDS = 8;

  private final Locale locale;
  /** The passive auxiliary, singular then plural ("wurde", "wurden"); empty: no data. */
  private final List<String> aux;
  /** The nominative article by gender and number: masculine, feminine, neuter, plural. */
  private final List<String> articles;
  /** An opening adjective's strong endings for masculine, feminine-or-plural and neuter ("er", "e", "es"). */
  private final List<String> strong;
  /** The weak ending after the article, singular then plural ("e", "en"). */
  private final List<String> weak;
  private final String[] feminineEndings;
  private final String[] pluralEndings;
  /** What a participle holds ("ge") or ends with ("iert"), and the endings it has ("t", "en"). */
  private final List<String> participleMarks;
  private final List<String> participleEndings;
  private final List<String> participlePrefixes;
  private final ImmutableSet<String> notParticiples;
  /** After an opening adjective in "-e", a noun with one of these endings is feminine, not plural ("Neue Adresse"). */
  private final String[] feminineAfterAdjective;
  /** Finite verbs and subjects: a note with one is a sentence already. */
  private final ImmutableSet<String> sentenceWords;
  /**
   * The preposition an amount after the thing takes ({@code notePassiveFinal.amountPreposition}:
   * "Gutschrift 150 € veranlasst" → "Die Gutschrift über 150 € wurde veranlasst"), and the
   * currencies that make a number an amount ({@code notePassiveFinal.currencies}); without the
   * preposition such a note is kept as typed.
   */
  private final String amountPreposition;
  private final ImmutableSet<String> currencies;
  /**
   * The preposition a noun takes before its amount when it is not the default one, read by the
   * compound's last part ({@code notePassiveFinal.amountPrepositionFor}: "differenz=von", so
   * "Preisdifferenz 12 € erstattet" → "Die Preisdifferenz von 12 € wurde erstattet"); a
   * preposition the agent typed before the amount is one of these or the default, and is kept
   * with the thing ("Differenz von 48 Euro erstattet" → "Die Differenz von 48 Euro wurde
   * erstattet", never "Die Differenz wurde von 48 Euro erstattet").
   */
  private final ImmutableMap<String, String> amountPrepositionFor;
  /**
   * Nouns whose gender their form does not tell, read as a compound's last part: masculine from
   * {@code case.masculine.nouns} (the list the situation's case uses: "Vertrag", "Neuversand",
   * "Zahlungsfehler"), neuter from {@code notePassiveFinal.neuterNouns} ("Abo", "Paket"). An
   * entry shorter than {@link #WHOLE_ONLY} letters matches the whole word only ("Bote", never
   * "Angebote").
   */
  private final ImmutableSet<String> masculineNouns;
  private final ImmutableSet<String> neuterNouns;
  /** Feminine nouns whose form does not tell it ({@code notePassiveFinal.feminineNouns}: "Adresse", "Karte", "SIM"). */
  private final ImmutableSet<String> feminineNouns;
  private static final int WHOLE_ONLY = 5;
  /**
   * What the customer receives, typed as an amount before its noun with no verb ({@code
   * notePassiveFinal.received.*}: "50 Euro Gutschrift" → "Sie erhalten eine Gutschrift über 50 Euro"):
   * the frame per register ({@code received.formal}, {@code received.informal}, with {@code {thing}}
   * and {@code {amount}}), and each noun's article by its compound's last part ({@code
   * received.nouns}: "gutschrift=eine", "rabatt=einen").
   */
  private final String[] receivedFrame;
  private final ImmutableMap<String, String> receivedNouns;
  /** The prepositions an agent may type before an amount: the default and every noun's own. */
  private final ImmutableSet<String> amountPrepositionSet;

  private NotePassive(Locale locale, Properties p) {
    this.locale = locale;
    this.aux = LIST.splitToList(p.getProperty("notePassiveFinal.aux", ""));
    this.articles = LIST.splitToList(p.getProperty("notePassiveFinal.articles", ""));
    this.strong = LIST.splitToList(p.getProperty("notePassiveFinal.strong", ""));
    this.weak = LIST.splitToList(p.getProperty("notePassiveFinal.weak", ""));
    this.feminineEndings = LIST.splitToList(p.getProperty("notePassiveFinal.feminineEndings", "")).toArray(new String[0]);
    this.pluralEndings = LIST.splitToList(p.getProperty("notePassiveFinal.pluralEndings", "")).toArray(new String[0]);
    this.participleMarks = LIST.splitToList(p.getProperty("notePassiveFinal.participleMarks", ""));
    this.participleEndings = LIST.splitToList(p.getProperty("notePassiveFinal.participleEndings", ""));
    this.participlePrefixes = LIST.splitToList(p.getProperty("notePassiveFinal.participlePrefixes", ""));
    this.notParticiples = ImmutableSet.copyOf(LIST.split(p.getProperty("notePassiveFinal.notParticiples", "")));
    this.feminineAfterAdjective = LIST.splitToList(p.getProperty("notePassiveFinal.feminineAfterAdjective", "")).toArray(new String[0]);
    this.sentenceWords = ClauseData.words(p, locale, "subjects", "verbs", "nounCase.verbBracket");
    this.amountPreposition = p.getProperty("notePassiveFinal.amountPreposition", "").strip();
    this.currencies = ClauseData.words(p, locale, "notePassiveFinal.currencies");
    ImmutableMap.Builder<String, String> fors = ImmutableMap.builder();
    for (String pair : LIST.split(p.getProperty("notePassiveFinal.amountPrepositionFor", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("notePassiveFinal.amountPrepositionFor entry \"" + pair + "\" must read \"noun=preposition\"");
      }
      fors.put(pair.substring(0, eq).strip().toLowerCase(locale), pair.substring(eq + 1).strip());
    }
    this.amountPrepositionFor = fors.buildKeepingLast();
    this.masculineNouns = ClauseData.words(p, locale, "case.masculine.nouns");
    this.neuterNouns = ClauseData.words(p, locale, "notePassiveFinal.neuterNouns");
    this.feminineNouns = ClauseData.words(p, locale, "notePassiveFinal.feminineNouns");
    ImmutableSet.Builder<String> all = ImmutableSet.builder();
    if (!amountPreposition.isEmpty()) {
      all.add(amountPreposition.toLowerCase(locale));
    }
    amountPrepositionFor.values().forEach(v -> all.add(v.toLowerCase(locale)));
    this.amountPrepositionSet = all.build();
    this.receivedFrame = new String[] {
        p.getProperty("notePassiveFinal.received.formal", "").strip(), p.getProperty("notePassiveFinal.received.informal", "").strip()};
    ImmutableMap.Builder<String, String> received = ImmutableMap.builder();
    for (String pair : LIST.split(p.getProperty("notePassiveFinal.received.nouns", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("notePassiveFinal.received.nouns entry \"" + pair + "\" must read \"noun=article\"");
      }
      received.put(pair.substring(0, eq).strip().toLowerCase(locale), pair.substring(eq + 1).strip());
    }
    this.receivedNouns = received.buildKeepingLast();
  }

  static NotePassive forLocale(Locale locale) {
    return ClauseData.shared(BY_LANGUAGE, locale, NotePassive::new);
  }

  /** As {@link #said(String, Register)} in the formal register. */
  String said(String note) {
    return said(note, Register.FORMAL);
  }

  /** The note said as a sentence in {@code register}, without its final full stop; null when no part of it can be. */
  String said(String note, Register register) {
    if (note == null || aux.size() != 2 || articles.size() != 4 || strong.size() != 3 || weak.size() != 2) {
      return null;
    }
    String t = note.strip();
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).stripTrailing();
    }
    if (t.isEmpty() || t.indexOf('\n') >= 0) {
      return null;
    }
    List<String> parts = Splitter.on(", ").splitToList(t);
    List<String> out = new ArrayList<>(parts.size());
    boolean any = false;
    for (String part : parts) {
      String said = received(part, register);
      said = said != null ? said : part(part, out.isEmpty());
      any |= said != null;
      out.add(said != null ? said : part);
    }
    return any ? String.join(", ", out) : null;
  }

  private String part(String part, boolean first) {
    String[] w = part.split(" ");
    if (w.length < 2 || w.length > MOST_WORDS) {
      return null;
    }
    for (String word : w) {
      if (word.isEmpty() || sentenceWords.contains(word.toLowerCase(locale))) {
        return null;
      }
    }
    String participle = w[w.length - 1];
    if (!participle(participle)) {
      return null;
    }
    int gender;
    String adjective = null;
    int nounAt;
    String lower0 = w[0].toLowerCase(locale);
    int given = articles.indexOf(lower0);
    if (given >= 0 && w.length >= 3 && Character.isUpperCase(w[1].charAt(0))) {
      // "Die Adresse aktualisiert": the determiner typed tells the gender; "die" with a plural ending is plural.
      nounAt = 1;
      gender = given == FEMININE && ending(w[1].toLowerCase(locale), pluralEndings) ? PLURAL : given;
      if (articles.lastIndexOf(lower0) == PLURAL && given == FEMININE && !ending(w[1].toLowerCase(locale), feminineEndings)) {
        return null; // "die Gebühren": feminine or plural, not told
      }
    } else if (w.length >= 3 && letters(w[0]) && Character.isUpperCase(w[1].charAt(0)) && letters(w[1])
        && strongEnding(lower0) >= 0) {
      int e = strongEnding(lower0);
      adjective = lower0.substring(0, lower0.length() - strong.get(e).length());
      nounAt = 1;
      String noun = w[1].toLowerCase(locale);
      gender = e == 0 ? MASCULINE : e == 2 ? NEUTER
          : !ending(noun, pluralEndings) && (ending(noun, feminineEndings) || ending(noun, feminineAfterAdjective)) ? FEMININE : PLURAL;
    } else if (letters(w[0]) && Character.isUpperCase(w[0].charAt(0))) {
      nounAt = 0;
      if (ending(lower0, pluralEndings)) {
        gender = PLURAL;
      } else if (ending(lower0, feminineEndings)) {
        gender = FEMININE;
      } else if (known(lower0, masculineNouns)) {
        gender = MASCULINE; // "Vertrag ohne Gebühren gekündigt" → "Der Vertrag wurde …"
      } else if (known(lower0, neuterNouns)) {
        gender = NEUTER;
      } else if (known(lower0, feminineNouns)) {
        gender = FEMININE; // "Adresse geändert" → "Die Adresse wurde geändert"
      } else {
        return null;
      }
    } else {
      return null;
    }
    // "Gutschrift 150 € veranlasst", "Rechnung 4711 storniert": a number after the thing is part of
    // it, before the auxiliary; an amount with the preposition of an amount.
    int thingEnd = nounAt + 1;
    boolean amount = false;
    String preposition = amountPreposition(w[nounAt]);
    if (thingEnd + 1 < w.length - 1 && amountPrepositionSet.contains(w[thingEnd].toLowerCase(locale))
        && Character.isDigit(w[thingEnd + 1].charAt(0))
        && (currency(w[thingEnd + 1]) || thingEnd + 2 < w.length - 1 && currencies.contains(w[thingEnd + 2].toLowerCase(locale)))) {
      // "Differenz von 48 Euro erstattet": the amount typed with its preposition belongs to the thing.
      thingEnd += currency(w[thingEnd + 1]) ? 2 : 3;
    } else if (thingEnd < w.length - 1 && Character.isDigit(w[thingEnd].charAt(0))) {
      boolean sign = currency(w[thingEnd]) || thingEnd + 1 < w.length - 1 && currencies.contains(w[thingEnd + 1].toLowerCase(locale));
      if (sign && preposition.isEmpty()) {
        return null;
      }
      amount = sign;
      if (sign || w[thingEnd].chars().allMatch(Character::isDigit)) {
        thingEnd += sign && !currency(w[thingEnd]) ? 2 : 1; // not "2x": "Leitung 2x neu gestartet" keeps it after "wurde"
      }
    }
    StringBuilder out = new StringBuilder(part.length() + 16);
    String article = articles.get(gender);
    out.append(first ? Character.toUpperCase(article.charAt(0)) + article.substring(1) : article).append(' ');
    if (adjective != null) {
      out.append(adjective).append(weak.get(gender == PLURAL ? 1 : 0)).append(' ');
    }
    out.append(w[nounAt]);
    if (amount) {
      out.append(' ').append(preposition);
    }
    for (int k = nounAt + 1; k < thingEnd; k++) {
      out.append(' ').append(w[k]);
    }
    out.append(' ').append(aux.get(gender == PLURAL ? 1 : 0));
    for (int k = thingEnd; k < w.length; k++) {
      out.append(' ').append(w[k]);
    }
    return out.toString();
  }

  /**
   * {@code part} said as what the customer receives when it is an amount, its currency and a noun of
   * {@link #receivedNouns} ("12,99 Euro Erstattung", "50€ Gutschrift"); null otherwise.
   */
  private String received(String part, Register register) {
    String frame = receivedFrame[register == Register.INFORMAL ? 1 : 0];
    String[] w = part.split(" ");
    if (frame.isEmpty() || w.length < 2 || w.length > 3 || !Character.isDigit(w[0].charAt(0))) {
      return null;
    }
    boolean glued = currency(w[0]);
    if (w.length != (glued ? 2 : 3) || !glued && !currencies.contains(w[1].toLowerCase(locale))) {
      return null;
    }
    String noun = w[w.length - 1];
    if (!letters(noun) || !Character.isUpperCase(noun.charAt(0))) {
      return null;
    }
    String lower = noun.toLowerCase(locale);
    for (Map.Entry<String, String> e : receivedNouns.entrySet()) {
      if (lower.endsWith(e.getKey())) {
        String amount = glued ? w[0] : w[0] + " " + w[1];
        return frame.replace("{thing}", e.getValue() + " " + noun).replace("{amount}", amount);
      }
    }
    return null;
  }

  /** True when {@code noun} is one of {@code nouns} or a compound ending in one of at least {@link #WHOLE_ONLY} letters. */
  private static boolean known(String noun, ImmutableSet<String> nouns) {
    if (nouns.contains(noun)) {
      return true;
    }
    for (String n : nouns) {
      if (n.length() >= WHOLE_ONLY && noun.length() > n.length() + 2 && noun.endsWith(n)) {
        return true;
      }
    }
    return false;
  }

  /** The preposition before an amount of {@code noun}: its compound's last part's, else the default. */
  private String amountPreposition(String noun) {
    String lower = noun.toLowerCase(locale);
    String best = null;
    int bestLength = 0;
    for (Map.Entry<String, String> e : amountPrepositionFor.entrySet()) {
      if (lower.endsWith(e.getKey()) && e.getKey().length() > bestLength) {
        best = e.getValue();
        bestLength = e.getKey().length();
      }
    }
    return best != null ? best : amountPreposition;
  }

  /** True when {@code word}, a number, carries a currency of {@link #currencies} ("150€", "49,99€"). */
  private boolean currency(String word) {
    for (String c : currencies) {
      if (word.length() > c.length() && word.toLowerCase(locale).endsWith(c)) {
        return true;
      }
    }
    return false;
  }

  private boolean participle(String word) {
    if (word.length() < 5 || !letters(word) || !Character.isLowerCase(word.charAt(0)) || notParticiples.contains(word)) {
      return false;
    }
    boolean marked = false;
    for (String m : participleMarks) {
      marked |= word.contains(m);
    }
    for (String m : participlePrefixes) {
      marked |= word.startsWith(m) && word.length() > m.length() + 3;
    }
    boolean ends = false;
    for (String e : participleEndings) {
      ends |= word.endsWith(e);
    }
    return marked && ends;
  }

  /** The index in {@link #strong} of {@code word}'s strong ending, longest first; -1 for none. */
  private int strongEnding(String word) {
    int best = -1;
    for (int k = 0; k < strong.size(); k++) {
      String e = strong.get(k);
      if (word.length() > e.length() + 2 && word.endsWith(e) && (best < 0 || e.length() > strong.get(best).length())) {
        best = k;
      }
    }
    return best;
  }

  private static boolean ending(String word, String[] endings) {
    for (String e : endings) {
      if (word.length() > e.length() + 1 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean letters(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isLetter(word.charAt(k))) {
        return false;
      }
    }
    return !word.isEmpty();
  }
}
