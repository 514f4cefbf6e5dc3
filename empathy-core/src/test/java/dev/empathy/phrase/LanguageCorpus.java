package dev.empathy.phrase;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The generated corpus of a language and register: replies composed from every phrase variant
 * (turns step through them), every emotion, with and without a situation, one to three actions of
 * every kind, every timeline shape, and the slot fillers of {@code languagetool/fillers.tsv}, so
 * every filler meets every variant. Paragraphs are returned once each, as a reader sees them.
 */
final class LanguageCorpus {
  private LanguageCorpus() {}

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  /** More turns than any key has variants, so each variant of each key is used. */
  static final int TURNS = 6;

  /** One filler of one slot. */
  record Filler(String language, String register, String slot, String kind, String text) {
    boolean fits(String lang, Register r) {
      return language.equals(lang) && (register.equals("any") || register.equals(r.label()));
    }
  }

  static List<Filler> fillers() {
    try (InputStream in = LanguageCorpus.class.getResourceAsStream("/languagetool/fillers.tsv")) {
      List<Filler> out = new ArrayList<>();
      for (String line : Splitter.on('\n').split(new String(in.readAllBytes(), UTF_8))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> c = Splitter.on('\t').splitToList(line);
        out.add(new Filler(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The fillers' language tag for {@code locale}: its language and region where fillers of their own
   * are written for it ("pt-PT": an agent in Portugal types "encomenda", "rever", "vale"), else its language.
   */
  static String fillerLanguage(Locale locale) {
    String regional = locale.getLanguage() + "-" + locale.getCountry();
    return !locale.getCountry().isEmpty() && fillers().stream().anyMatch(f -> f.language().equals(regional))
        ? regional : locale.getLanguage();
  }

  static Map<String, List<String>> slots(String language, Register register) {
    Map<String, List<String>> slots = new LinkedHashMap<>();
    for (Filler f : fillers()) {
      if (f.fits(language, register)) {
        slots.computeIfAbsent(f.slot(), s -> new ArrayList<>()).add(f.text());
      }
    }
    for (String s : List.of("customer", "situation", "summary", "action", "followUp", "detail", "team")) {
      if (!slots.containsKey(s)) {
        throw new IllegalStateException("no " + s + " filler for " + language + " " + register);
      }
    }
    return slots;
  }

  private static final List<Function<String, Timeline>> TIMELINES =
      List.of(
          team -> Timeline.businessDays(3),
          team -> Timeline.within(Duration.ofMinutes(90)).ownedBy(Owner.team()),
          team -> Timeline.by(TODAY.plusDays(1)).ownedBy(Owner.named(team)),
          team -> Timeline.within(Duration.ofDays(2)).ownedBy(Owner.named(team)),
          team -> Timeline.by(TODAY),
          team -> Timeline.within(Duration.ofHours(2)),
          team -> Timeline.businessDays(1).ownedBy(Owner.named(team)),
          team -> Timeline.by(LocalDate.of(2027, 1, 8)).ownedBy(Owner.team()),
          team -> Timeline.within(Duration.ofMinutes(30)),
          team -> Timeline.by(LocalDate.of(2026, 12, 1)));

  /** Every reply of the corpus, as plain text. */
  static List<String> replies(Locale locale, Register register) {
    Empathy empathy = Empathy.builder().locale(locale).register(register).clock(CLOCK).build();
    Map<String, List<String>> slots = slots(fillerLanguage(locale), register);
    List<String> out = new ArrayList<>();
    int n = 0;
    for (Emotion emotion : Emotion.values()) {
      for (int turn = 0; turn < TURNS; turn++) {
        for (int pass = 0; pass < 2; pass++, n++) {
          out.add(compose(empathy, slots, emotion, turn, n).toPlainText());
        }
      }
    }
    return out;
  }

  private static String nth(Map<String, List<String>> slots, String slot, int n) {
    List<String> all = slots.get(slot);
    return all.get(Math.floorMod(n, all.size()));
  }

  private static Reply compose(Empathy empathy, Map<String, List<String>> slots, Emotion emotion, int turn, int n) {
    Composer c = empathy.compose().conversation("corpus-" + emotion.label() + "-" + n, turn);
    c.customer(nth(slots, "customer", n));
    if (n % 5 == 4) {
      c.acknowledge(emotion);
    } else {
      c.acknowledge(emotion, nth(slots, "situation", n));
    }
    c.summary(nth(slots, "summary", n));
    int actions = 1 + n % 3;
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < actions; i++) {
      chosen.add(nth(slots, "action", n + i * 2));
    }
    c.actions(new ArrayList<>(new LinkedHashSet<>(chosen)));
    if (n % 2 == 1) {
      c.confirm(nth(slots, "detail", n));
    }
    if (emotion == Emotion.ANGRY && n % 2 == 0) {
      c.boundary();
    }
    String team = nth(slots, "team", n);
    return c.timeline(TIMELINES.get(n % TIMELINES.size()).apply(team)).followUp(nth(slots, "followUp", n)).build();
  }

  /** The corpus's paragraphs, each once, in order of first appearance. */
  static Set<String> paragraphs(Locale locale, Register register) {
    Set<String> out = new LinkedHashSet<>();
    for (String reply : replies(locale, register)) {
      String[] ps = reply.split("\n\\s*\n");
      for (int i = 0; i < ps.length; i++) {
        String p = ps[i].strip();
        // A greeting ending with a comma runs on into the next paragraph (German letters go on in
        // lower case, DIN 5008): the reader reads them as one sentence, and so must the oracle.
        if (i == 0 && p.endsWith(",") && ps.length > 1 && Character.isLowerCase(ps[1].strip().codePointAt(0))) {
          p = p + " " + ps[++i].strip();
        }
        if (!p.isBlank()) {
          out.add(p);
        }
      }
    }
    return out;
  }
}
