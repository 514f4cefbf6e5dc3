package dev.empathy.channels.fit;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a public post (or an e-mail subject) must not show beyond {@link dev.empathy.text.PrivateData}: money amounts,
 * health, financial hardship and bereavement (the locale's {@code sensitive_<language>.properties};
 * a locale without one has no such rule). Brands answer these in public with the feeling alone
 * and say the rest in a private message.
 *
 * <pre>{@code
 * SensitiveDetails en = SensitiveDetails.forLocale(Locale.US);
 * en.kinds("a $3,200 bill for your chemo");          // [a money amount, health details]
 * en.withoutAmounts("I’ve refunded the $35 overdraft fee");  // Optional[I’ve refunded the overdraft fee]
 * }</pre>
 */
public final class SensitiveDetails {
  /** The description of a money amount in {@link #kinds}. */
  public static final String MONEY = "a money amount";
  private static final Map<String, SensitiveDetails> CACHE = new ConcurrentHashMap<>();
  private static final String[] KINDS = {"health", "hardship", "bereavement"};
  private static final Map<String, String> DESCRIPTIONS =
      Map.of("health", "health details", "hardship", "financial hardship", "bereavement", "a bereavement");
  /**
   * A letter that ends a word: words of a script written without spaces (Japanese) touch each
   * other and an amount ("請求額4,980円の", "父が亡くなりました"), so theirs do not.
   */
  private static final String LETTER = "[\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]";
  private static final SensitiveDetails NONE = new SensitiveDetails(ImmutableMap.of());

  private final Map<String, Pattern> words = new java.util.LinkedHashMap<>();
  private final Pattern amount;
  private final Pattern paren;
  private final Pattern dropBefore;
  private final Pattern rate;
  private final Set<String> determiners;
  private final Set<String> nonNoun;
  private final Set<String> copulas;
  /** Words that qualify an amount and stand as no noun alone ("the full $145" → "the full amount"): {@code amount.qualifiers}. */
  private final Set<String> qualifiers;
  private final String noun;
  /** Words that join two amounts of one run ({@code amount.joiners}: "and", "or"); "from $49 to $59" is two. */
  private final Set<String> joiners;
  /** Several amounts said at once ({@code amount.nounPlural}: "the amounts"); empty where the data gives none. */
  private final String nounPlural;
  /** Last letters of the words that name an amount written right after them ({@code amount.namedBy}: "額" of "請求額"). */
  private final String namedBy;
  /** Words right after an amount that only measure it and go with it ({@code amount.measures}: "分の"), longest first. */
  private final List<String> measures;
  /** A rate said as an adjective before a noun ({@code amount.rateAdjectives}: "mo = monthly"), by the rate's words in lower case. */
  private final Map<String, String> rateAdjectives;
  /** A preposition that fuses with the noun's article ({@code amount.contractions}: "a el" → "al"), by the pair. */
  private final Map<String, String> contractions;
  private final String vowelArticle;
  private final String consonantArticle;
  /** False where the language's amounts cannot be taken out of a sentence by words ({@code amount.rephrase = no}). */
  private final boolean rephrase;
  /** True where a noun is known by its capital ({@code amount.nounsCapitalised = yes}: German). */
  private final boolean nounsCapitalised;

  private SensitiveDetails(ImmutableMap<String, String> data) {
    for (String kind : KINDS) {
      List<String> list = list(data, kind);
      if (!list.isEmpty()) {
        words.put(kind, Pattern.compile(
            "(?<!" + LETTER + "|\\p{N})(?:" + list.stream().map(w -> Pattern.quote(w.replace('’', '\'')))
                .collect(Collectors.joining("|")) + ")(?!" + LETTER + "|\\p{N})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }
    if (data.isEmpty()) {
      amount = null;
      paren = null;
      dropBefore = null;
      rate = null;
      determiners = nonNoun = copulas = qualifiers = Set.of();
      noun = nounPlural = vowelArticle = consonantArticle = "";
      joiners = Set.of();
      contractions = Map.of();
      rateAdjectives = Map.of();
      namedBy = "";
      measures = List.of();
      rephrase = false;
      nounsCapitalised = false;
      return;
    }
    String currencyWords = alternation(list(data, "amount.words"));
    // Digits grouped and split as any of our locales write them: "1,250.00", "1.250,00", "4 980"
    // with a (narrow) no-break space; a separator only counts between digits ("$42.50." ends at 0).
    String number = "\\d(?:[.,]\\d|\\d|[\\u00a0\\u202f\\u2009](?=\\d{3}(?!\\d)))*";
    String letter = LETTER;
    // A symbol may carry its country's letters: "US$", "C$", "R$", "NZ$", "HK$", and a code after
    // it ("$1,250.00 MXN").
    // French writes a (narrow) no-break space between a figure and its symbol: "49,90\u202f€".
    String space = "[\\s\\u00a0\\u202f]";
    // An ISO code of amount.words may also stand before the figure, as bank statements write it: "USD 1,249.00".
    String codes = alternation(list(data, "amount.words").stream().filter(w -> w.matches("\\p{Lu}{3}")).collect(Collectors.toList()));
    String amt = "(?<!" + letter + "|\\p{N})(?:\\p{Lu}{0,3}\\p{Sc}" + space + "?" + number + "(?:\\s?[kKmM](?!\\p{L}))?(?:" + space + "(?:"
        + currencyWords + ")(?!" + letter + "))?|(?-i:" + codes + ")" + space + "?" + number + "(?:\\s?[kKmM](?!\\p{L}))?|"
        + number + space + "?(?:\\p{Sc}|(?:" + currencyWords + ")(?!" + letter + ")))";
    amount = Pattern.compile(amt);
    // A bracket of its own holds an aside the sentence stands without: "($129.98 total)", "（1,200円相当）".
    paren = Pattern.compile("(?<!\\s)\\s*(?:\\([^()]*" + amt + "[^()]*\\)|（[^（）]*" + amt + "[^（）]*）)");
    String rates = "(?:\\s+(?:" + alternation(list(data, "amount.rate")) + ")(?![\\p{L}])|\\s*/\\s*\\p{L}+)";
    rate = Pattern.compile(rates);
    dropBefore = Pattern.compile(
        "(?<!\\s)\\s+(?:" + alternation(list(data, "amount.dropBefore")) + ")\\s+" + amt + rates + "?(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    determiners = Set.copyOf(list(data, "amount.determiners"));
    nonNoun = Set.copyOf(list(data, "amount.nonNoun"));
    qualifiers = Set.copyOf(list(data, "amount.qualifiers"));
    copulas = list(data, "amount.copulas").stream().map(w -> w.replace('’', '\'')).collect(Collectors.toUnmodifiableSet());
    noun = data.getOrDefault("amount.noun", "").strip();
    nounPlural = data.getOrDefault("amount.nounPlural", "").strip();
    joiners = list(data, "amount.joiners").stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    Map<String, String> fused = new java.util.HashMap<>();
    for (String pair : list(data, "amount.contractions")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException("amount.contractions lists \"preposition article = fused\" pairs, not \"" + pair + "\"");
      }
      fused.put(pair.substring(0, eq).strip().replace('’', '\'').toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
    }
    contractions = Map.copyOf(fused);
    Map<String, String> adjectives = new java.util.HashMap<>();
    for (String pair : list(data, "amount.rateAdjectives")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException("amount.rateAdjectives lists \"rate = adjective\" pairs, not \"" + pair + "\"");
      }
      adjectives.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
    }
    rateAdjectives = Map.copyOf(adjectives);
    namedBy = String.join("", list(data, "amount.namedBy"));
    measures = list(data, "amount.measures").stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).collect(Collectors.toUnmodifiableList());
    vowelArticle = data.getOrDefault("amount.vowelArticle", "").strip();
    consonantArticle = data.getOrDefault("amount.consonantArticle", "").strip();
    rephrase = !data.getOrDefault("amount.rephrase", "yes").strip().equals("no");
    nounsCapitalised = data.getOrDefault("amount.nounsCapitalised", "no").strip().equals("yes");
  }

  /**
   * True when {@code text} tells of health, financial hardship or a bereavement (an amount alone
   * is not personal): such a topic is never an e-mail subject line.
   *
   * @param text a reply block's or a topic's text
   * @return whether it tells of health, hardship or a loss
   */
  public boolean personal(String text) {
    Set<String> k = kinds(text);
    return k.size() > (k.contains(MONEY) ? 1 : 0);
  }

  /**
   * The rules for {@code locale}'s language, or none when it has no data file.
   *
   * @param locale the reply's locale
   * @return the rules, shared and immutable
   */
  public static SensitiveDetails forLocale(Locale locale) {
    return CACHE.computeIfAbsent(locale.getLanguage(), lang -> {
      String name = "sensitive_" + lang + ".properties";
      if (SensitiveDetails.class.getResource(name) == null) {
        return NONE;
      }
      return new SensitiveDetails(ChannelData.properties(SensitiveDetails.class, name));
    });
  }

  /**
   * What kinds of sensitive detail {@code text} holds, described for a change entry.
   *
   * @param text a reply block's text
   * @return the kinds found ({@link #MONEY}, "health details", …); empty when none
   */
  public Set<String> kinds(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (amount == null && words.isEmpty()) {
      return out;
    }
    String t = text.replace('’', '\'');
    if (amount != null && amount.matcher(t).find()) {
      out.add(MONEY);
    }
    words.forEach((kind, p) -> {
      if (p.matcher(t).find()) {
        out.add(DESCRIPTIONS.get(kind));
      }
    });
    return out;
  }

  /**
   * {@code text} with its money amounts taken out as a person would ("the $35 overdraft fee" →
   * "the overdraft fee", "the charge of $42" → "the charge", "refunded $32.50" → "refunded the
   * amount", "($129.98 total)" left out), or empty when an amount is what the sentence states ("your
   * limit is $10,000") or one remains.
   *
   * @param text an action's text
   * @return the text without its amounts, or empty when it has no public form
   */
  public Optional<String> withoutAmounts(String text) {
    if (amount == null || !rephrase) {
      return Optional.empty();
    }
    String t = paren.matcher(text).replaceAll("");
    t = dropBefore.matcher(t).replaceAll("");
    StringBuilder out = new StringBuilder(t.length());
    int at = 0;
    for (int[] g : groups(t)) {
      int s = g[0];
      int e = g[1];
      if (g[2] > 1) {
        // Several amounts in one run ("$59.99 + $12.50 shipping = $72.49", "49,99 € y 12,00 €") are
        // one thing to the public reader: said once, as amount.nounPlural ("refunded the amounts"),
        // never "the amount + the amount = the amount". A noun the last one qualifies goes with them.
        int[] prev = wordBefore(t, s);
        String prevWord = prev == null ? "" : t.substring(prev[0], prev[1]).replace('’', '\'').toLowerCase(Locale.ROOT);
        int[] next = wordAfter(t, e);
        String nextWord = next == null ? "" : t.substring(next[0], next[1]);
        String nextLower = nextWord.replace('’', '\'').toLowerCase(Locale.ROOT);
        if (copulas.contains(prevWord) || prev != null && prev[0] < at || copulas.contains(nextLower) && !nonNoun.contains(nextLower)) {
          return Optional.empty();
        }
        boolean nounFollows = next != null && !nonNoun.contains(nextLower) && !determiners.contains(nextLower)
            && (!nounsCapitalised || Character.isUpperCase(nextWord.charAt(0)));
        int end = nounFollows ? next[1] : e;
        int space = nounPlural.indexOf(' ');
        String fused = prev == null || space < 0 ? null
            : contractions.get(prevWord + " " + nounPlural.substring(0, space).toLowerCase(Locale.ROOT));
        if (determiners.contains(prevWord)) {
          String det = t.substring(prev[0], prev[1]);
          out.append(t, at, prev[0]).append(Character.isUpperCase(det.charAt(0)) ? capitalised(nounPlural) : nounPlural);
        } else if (fused != null) {
          String word = t.substring(prev[0], prev[1]);
          out.append(t, at, prev[0]).append(Character.isUpperCase(word.charAt(0)) ? capitalised(fused) : fused)
              .append(nounPlural, space, nounPlural.length());
        } else {
          out.append(t, at, s).append(nounPlural);
        }
        at = end;
        continue;
      }
      // In a language written without spaces, an amount written right after the word naming it
      // ("請求額¥12,800の内訳": amount.namedBy) or with a word that only measures it after it
      // ("500円分のクーポン": amount.measures) simply goes: "請求額の内訳", "クーポン".
      int measured = endOfMeasure(t, e);
      if (measured > e || s > 0 && namedBy.indexOf(t.charAt(s - 1)) >= 0) {
        out.append(t, at, s);
        at = measured;
        continue;
      }
      Matcher r = rate.matcher(t).region(e, t.length());
      boolean rated = r.lookingAt();
      String per = "";
      if (rated) {
        per = t.substring(e, r.end()).replaceFirst("^[\\s/]+", "").strip().toLowerCase(Locale.ROOT);
        e = r.end();
      }
      int[] prev = wordBefore(t, s);
      String prevWord = prev == null ? "" : t.substring(prev[0], prev[1]).replace('’', '\'').toLowerCase(Locale.ROOT);
      int[] next = wordAfter(t, e);
      String nextWord = next == null ? "" : t.substring(next[0], next[1]);
      if (rated && determiners.contains(prevWord) && next != null && !nonNoun.contains(nextWord.toLowerCase(Locale.ROOT))
          && !determiners.contains(nextWord.replace('’', '\'').toLowerCase(Locale.ROOT))
          && !copulas.contains(nextWord.replace('’', '\'').toLowerCase(Locale.ROOT)) && !(prev[0] < at)
          && (!nounsCapitalised || Character.isUpperCase(nextWord.charAt(0)))) {
        // "the $9.99/mo charge": the amount and its rate describe the noun after them; the rate
        // stays as the language's adjective where the data gives one (amount.rateAdjectives:
        // "the monthly charge"), else the noun stands alone ("the charge"), never "the amount charge".
        String adjective = rateAdjectives.get(per);
        String det = t.substring(prev[0], prev[1]);
        out.append(t, at, prev[0]).append(article(det, adjective != null ? adjective : nextWord)).append(' ');
        if (adjective != null) {
          out.append(adjective).append(' ');
        }
        at = next[0];
        continue;
      }
      // "$10 credit": the amount describes the noun after it; "$12 a day unless …" does not.
      // In German a noun is known by its capital: "15,00 € gutgeschrieben" has none after it.
      // A time word ("ayer", "yesterday") or a determiner ("this morning") after it is no such noun:
      // the amount is the object, said as amount.noun ("Reembolsé el importe ayer").
      boolean nounFollows = !rated && next != null && !nonNoun.contains(nextWord.toLowerCase(Locale.ROOT))
          && !determiners.contains(nextWord.replace('’', '\'').toLowerCase(Locale.ROOT))
          && (!nounsCapitalised || Character.isUpperCase(nextWord.charAt(0)));
      // "The $19.99 is your plan": an amount before a copula is what the sentence is about, so the
      // whole action moves (without it, "The is your plan").
      if (copulas.contains(prevWord) || prev != null && prev[0] < at
          || !rated && next != null && copulas.contains(nextWord.replace('’', '\'').toLowerCase(Locale.ROOT))
              && !nonNoun.contains(nextWord.toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      if (determiners.contains(prevWord)) {
        String det = t.substring(prev[0], prev[1]);
        out.append(t, at, prev[0]);
        if (nounFollows) {
          out.append(article(det, nextWord)).append(' ');
          at = next[0];
        } else {
          out.append(Character.isUpperCase(det.charAt(0)) ? capitalised(noun) : noun);
          at = e;
        }
      } else if (nounFollows) {
        out.append(t, at, s);
        at = next[0];
      } else if (prev != null && determinerBefore(t, prev[0])) {
        // "the duplicate $89.99": the amount ends a noun phrase its determiner opened; the phrase
        // stands without it ("the duplicate"), never "the duplicate the amount". A word that is no
        // noun alone takes the amount's noun: "the full $145" → "the full amount".
        out.append(t, at, prev[1]);
        int space = noun.indexOf(' ');
        if (qualifiers.contains(prevWord) && space > 0) {
          out.append(noun, space, noun.length());
        }
        at = e;
      } else {
        // "corregí la factura a 120 €" → "a el importe" is "al importe"; "à 65 $" → "au montant"
        int space = noun.indexOf(' ');
        String fused = prev == null || space < 0 || prev[0] < at ? null
            : contractions.get(prevWord + " " + noun.substring(0, space).toLowerCase(Locale.ROOT));
        if (fused != null) {
          String word = t.substring(prev[0], prev[1]);
          out.append(t, at, prev[0]).append(Character.isUpperCase(word.charAt(0)) ? capitalised(fused) : fused)
              .append(noun, space, noun.length());
        } else {
          out.append(t, at, s).append(noun);
        }
        at = e;
      }
    }
    out.append(t, at, t.length());
    String result = out.toString();
    return amount.matcher(result).find() || result.isBlank() ? Optional.empty() : Optional.of(result);
  }

  /** Where the words of {@code amount.measures} written right after the amount ending at {@code end} end; {@code end} when none. */
  private int endOfMeasure(String t, int end) {
    for (String m : measures) {
      if (t.startsWith(m, end)) {
        return end + m.length();
      }
    }
    return end;
  }

  /** Symbols alone between two amounts of one run ("$5, $10", "$5 + $10"), or a word and a symbol ("$12.50 shipping = $72.49"). */
  private static final Pattern JOIN = Pattern.compile("[\\s,+=&]*|\\s+[\\p{L}'’]{1,30}\\s*[+=,&]\\s*");

  /**
   * The amounts of {@code t} as {start, end, count}: neighbours joined by {@link #JOIN} make one
   * run when the language says several at once ({@code amount.nounPlural}).
   */
  private List<int[]> groups(String t) {
    List<int[]> out = new ArrayList<>();
    Matcher m = amount.matcher(t);
    while (m.find()) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && !nounPlural.isEmpty() && !rate.matcher(t).region(last[1], t.length()).lookingAt()
          && joins(t.substring(last[1], m.start()))) {
        last[1] = m.end();
        last[2]++;
      } else {
        out.add(new int[] {m.start(), m.end(), 1});
      }
    }
    return out;
  }

  /** True when {@code gap} joins two amounts into one run: symbols, or a conjunction of {@code amount.joiners} ("and", "y", "und"). */
  private boolean joins(String gap) {
    if (JOIN.matcher(gap).matches()) {
      return true;
    }
    String word = gap.replace(",", " ").strip().toLowerCase(Locale.ROOT);
    return !word.isEmpty() && joiners.contains(word);
  }

  /** True when the word just before {@code end} is one of the determiners. */
  private boolean determinerBefore(String t, int end) {
    int[] w = wordBefore(t, end);
    return w != null && determiners.contains(t.substring(w[0], w[1]).replace('’', '\'').toLowerCase(Locale.ROOT));
  }

  /** "a"/"an" chosen for the word now after it; any other determiner as it was. */
  private String article(String det, String nextWord) {
    String lower = det.toLowerCase(Locale.ROOT);
    if (!lower.equals(vowelArticle) && !lower.equals(consonantArticle)) {
      return det;
    }
    boolean vowel = "aeiouAEIOU".indexOf(nextWord.charAt(0)) >= 0;
    String a = vowel ? vowelArticle : consonantArticle;
    return Character.isUpperCase(det.charAt(0)) ? capitalised(a) : a;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The letters of the word just before {@code end} (apostrophes included), past spaces only. */
  private static int[] wordBefore(String t, int end) {
    int i = end;
    while (i > 0 && t.charAt(i - 1) == ' ') {
      i--;
    }
    int wordEnd = i;
    while (i > 0 && (Character.isLetter(t.charAt(i - 1)) || t.charAt(i - 1) == '\'' || t.charAt(i - 1) == '’')) {
      i--;
    }
    return i == wordEnd ? null : new int[] {i, wordEnd};
  }

  /** The letters of the word just after {@code start}, past spaces only. */
  private static int[] wordAfter(String t, int start) {
    int i = start;
    while (i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    if (i == start && i < t.length()) {
      return null;
    }
    int wordStart = i;
    while (i < t.length() && Character.isLetter(t.charAt(i))) {
      i++;
    }
    return i == wordStart ? null : new int[] {wordStart, i};
  }

  private static List<String> list(Map<String, String> data, String key) {
    return new ArrayList<>(Splitter.on(',').trimResults().omitEmptyStrings().splitToList(data.getOrDefault(key, "")));
  }

  private static String alternation(List<String> items) {
    return items.isEmpty() ? "(?!)" : items.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }
}
