package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Grammar where the caller's words meet ours, over every English acknowledgement, confirmation,
 * summary, action and follow-up variant: each filler below (singular and plural heads,
 * possessives, first-person words, bare nouns, articles by sound, brands in mixed case, quotes,
 * emoji, prices) is composed for every emotion and enough turns to reach every variant, in both
 * registers and both English phrasebooks. What must hold: the caller's phrase arrives as the
 * customer should read it (in our voice: "my router" → "your router"); the verb after it agrees
 * with its number; no word is written twice in a row; and a preposition we write right before
 * or after it is not one the phrase repeats ("about your joke about …").
 */
class SeamCorpusTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final Pattern DOUBLED = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}’'])(\\p{L}+)\\s+\\1(?![\\p{L}\\p{N}’'])");
  private static final Set<String> SINGULAR_VERBS = Set.of("is", "has", "was", "isn’t", "hasn’t");
  private static final Set<String> PLURAL_VERBS = Set.of("are", "have", "were", "aren’t", "haven’t");
  /** The prepositions and conjunctions that read badly twice around a short phrase. */
  private static final Set<String> SEAM_WORDS =
      Set.of("about", "with", "for", "on", "in", "at", "to", "from", "of", "by", "over", "regarding", "that", "like");

  /** A caller's noun phrase, how the customer must read it in our reply, and its number. */
  record Filler(String typed, String reads, boolean plural) {}

  static final List<Filler> FILLERS = List.of(
      new Filler("my router", "your router", false),
      new Filler("my mum's account", "your mum's account", false),
      new Filler("our kids' tablets", "your kids' tablets", true),
      new Filler("the charge I didn't make", "the charge you didn't make", false),
      new Filler("the email you sent me", "the email we sent you", false),
      new Filler("the charge that isn't mine", "the charge that isn't yours", false),
      new Filler("my order from your store", "your order from our store", false),
      new Filler("about my late delivery", "your late delivery", false),
      new Filler("refund", "the refund", false),
      new Filler("login problem", "the login problem", false),
      new Filler("a hour-long wait on the phone", "an hour-long wait on the phone", false),
      new Filler("an unit that arrived broken", "a unit that arrived broken", false),
      new Filler("a FAQ answer that confused me", "an FAQ answer that confused you", false),
      new Filler("iPad screen", "the iPad screen", false),
      new Filler("eBay order", "the eBay order", false),
      new Filler("Netflix", "Netflix", false),
      new Filler("the $4.99 charge", "the $4.99 charge", false),
      new Filler("the \"Premium\" upgrade", "the \"Premium\" upgrade", false),
      new Filler("the 📦 that never came", "the 📦 that never came", false),
      new Filler("the eight charges on your account", "the eight charges on your account", true),
      new Filler("both refunds", "both refunds", true),
      new Filler("the 3 missing items", "the 3 missing items", true),
      new Filler("your joke about our hold music", "your joke about our hold music", false),
      new Filler("the problem with my card", "the problem with your card", false),
      new Filler("the delay at the depot", "the delay at the depot", false));

  private static List<Empathy> englishInstances() {
    List<Empathy> out = new ArrayList<>();
    for (String tag : List.of("en-US", "en-GB")) {
      for (Register r : Register.values()) {
        out.add(Empathy.builder().locale(Locale.forLanguageTag(tag)).register(r).clock(CLOCK).build());
      }
    }
    return out;
  }

  @Test
  void everyAcknowledgementVariantMeetsEveryFillerCleanly() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Empathy empathy : englishInstances()) {
      for (Filler f : FILLERS) {
        for (Emotion e : Emotion.values()) {
          for (int turn = 0; turn < 12; turn++) {
            Reply r = empathy.compose().conversation("corpus", turn).acknowledge(e, f.typed())
                .action("I’ve checked it").closing(false).build();
            Block ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow();
            checked++;
            check(ack.text(), f, problems, e + " turn " + turn + " " + r.locale());
          }
        }
      }
    }
    assertTrue(checked > 4000);
    assertTrue(problems.isEmpty(), () -> problems.size() + " problems, e.g.:\n"
        + problems.stream().distinct().limit(25).collect(Collectors.joining("\n")));
  }

  @Test
  void everyConfirmationVariantMeetsEveryFillerCleanly() {
    List<String> problems = new ArrayList<>();
    for (Empathy empathy : englishInstances()) {
      for (Filler f : FILLERS) {
        for (int turn = 0; turn < 8; turn++) {
          Reply r = empathy.compose().conversation("confirm", turn).acknowledge(Emotion.NEUTRAL)
              .confirm(f.typed()).action("I’ve checked it").closing(false).build();
          String text = r.block(BlockKind.CONFIRMATION).orElseThrow().text();
          check(text, f, problems, "confirm turn " + turn + " " + r.locale());
          if (f.plural() != text.matches("(?s).*\\b(Are|are) those\\b.*|.*\\bthose are\\b.*") && text.matches("(?s).*\\b([Ii]s|[Aa]re) th(at|ose)\\b.*|.*\\bth(at’s|ose are)\\b.*")) {
            problems.add("confirm number " + text);
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems.stream().distinct().limit(25).toList()));
  }

  @Test
  void aSummaryInTheCustomersWordsIsRestatedAndAnAgentsIsKept() {
    Empathy en = Empathy.builder().clock(CLOCK).build();
    String[][] cases = {
      {"my router drops every hour and I can't work", "your router drops every hour and you can't work"},
      {"the app deleted my photos after your update", "the app deleted your photos after our update"},
      {"I can see you were charged twice for order 4471", "I can see you were charged twice for order 4471"},
      {"your parcel was rescheduled three times", "your parcel was rescheduled three times"},
    };
    for (String[] c : cases) {
      for (int turn = 0; turn < 10; turn++) {
        Reply r = en.compose().conversation("s", turn).acknowledge(Emotion.FRUSTRATED).summary(c[0])
            .action("I’ve checked it").build();
        String text = r.block(BlockKind.SUMMARY).orElseThrow().text();
        assertTrue(text.toLowerCase(Locale.ROOT).replace('’', '\'').contains(c[1].toLowerCase(Locale.ROOT).replace('’', '\'')), () -> c[0] + " → " + text);
        assertEquals(c[0], r.block(BlockKind.SUMMARY).orElseThrow().fact("summary").orElseThrow());
      }
    }
  }

  @Test
  void actionsAndFollowUpsNeverDoubleAWordAtTheirSeams() {
    List<String> clauses = List.of("that part is sorted", "next week I’ll call you", "about the refund: it’s on its way",
        "with the courier now", "I’ve refunded the $4.99 charge", "Could you send a photo of the label?",
        "Please keep the box", "Updating the app fixes this", "as a first step I froze the card",
        "now it’s done", "done", "also, I’ve waived the fee");
    List<String> problems = new ArrayList<>();
    for (Empathy empathy : englishInstances()) {
      for (String a : clauses) {
        for (Emotion e : Emotion.values()) {
          for (int turn = 0; turn < 6; turn++) {
            Reply r = empathy.compose().conversation("act", turn).acknowledge(e).action(a).action(a)
                .followUp(a).closing(false).build();
            for (BlockKind k : List.of(BlockKind.ACTION, BlockKind.FOLLOW_UP)) {
              for (Block b : r.blocks(k)) {
                Matcher m = DOUBLED.matcher(b.text());
                if (m.find()) {
                  problems.add(k + " doubled \"" + m.group() + "\": " + b.text());
                }
              }
            }
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems.stream().distinct().limit(25).toList()));
  }

  @Test
  void theSignOffNeverEchoesTheClosingLine() {
    // "Thanks again for taking the time to write to us." then "Thanks again,"; "Take good care of
    // yourself." then "Take care,": a reader hears the echo.
    List<String> problems = new ArrayList<>();
    for (Empathy empathy : englishInstances()) {
      for (Emotion e : Emotion.values()) {
        for (int c = 0; c < 30; c++) {
          Reply r = empathy.compose().conversation("close-" + c, c % 5).customer("Sam").acknowledge(e)
              .action("I’ve checked it").build();
          String closing = r.block(BlockKind.CLOSING).orElseThrow().text().toLowerCase(Locale.ROOT);
          String signOff = r.block(BlockKind.SIGN_OFF).orElseThrow().fact("signOff").orElseThrow().toLowerCase(Locale.ROOT);
          for (String w : signOff.split("[^\\p{L}’']+")) {
            if (w.length() >= 4 && Pattern.compile("(?<![\\p{L}’'])" + Pattern.quote(w) + "(?![\\p{L}’'])").matcher(closing).find()) {
              problems.add(r.locale() + " " + e + ": \"" + closing + "\" then \"" + signOff + "\"");
            }
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> problems.size() + " echoes, e.g.:\n"
        + problems.stream().distinct().limit(10).collect(Collectors.joining("\n")));
  }

  @Test
  void theChecksSeeTheFaultsTheyLookFor() {
    // Guards the checks: text with each fault is reported.
    List<String> problems = new ArrayList<>();
    Filler plural = new Filler("our kids' tablets", "your kids' tablets", true);
    check("I know your kids' tablets is stressful.", plural, problems, "agreement");
    check("Good to hear from you about your joke about our hold music.",
        new Filler("your joke about our hold music", "your joke about our hold music", false), problems, "seam");
    check("I’m sorry about my router.", new Filler("my router", "your router", false), problems, "voice");
    check("Thanks for the the refund.", new Filler("refund", "the refund", false), problems, "doubled");
    assertEquals(4, problems.size(), problems.toString());
  }

  private static void check(String text, Filler f, List<String> problems, String where) {
    // The caller's typewriter apostrophe is written as ours (’) in English: the same letters.
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    int at = lower.indexOf(f.reads().toLowerCase(Locale.ROOT).replace('’', '\''));
    if (at < 0) {
      problems.add(where + ": \"" + f.typed() + "\" should read \"" + f.reads() + "\": " + text);
      return;
    }
    Matcher m = DOUBLED.matcher(text);
    if (m.find()) {
      problems.add(where + ": doubled \"" + m.group() + "\": " + text);
    }
    int end = at + f.reads().length();
    String after = firstWord(lower.substring(end));
    String before = lastWord(lower.substring(0, at));
    // The phrase is the verb's subject unless a preposition governs it ("Dealing with … is").
    if (!SEAM_WORDS.contains(before) && (f.plural() ? SINGULAR_VERBS : PLURAL_VERBS).contains(after)) {
      problems.add(where + ": \"" + f.reads() + " " + after + "\" does not agree: " + text);
    }
    List<String> inside = Arrays.asList(f.reads().toLowerCase(Locale.ROOT).split("[^\\p{L}’']+"));
    if (SEAM_WORDS.contains(before) && inside.contains(before)) {
      problems.add(where + ": \"" + before + "\" before a phrase that repeats it: " + text);
    }
    if (SEAM_WORDS.contains(after) && inside.contains(after)) {
      problems.add(where + ": \"" + after + "\" after a phrase that repeats it: " + text);
    }
  }

  private static String firstWord(String s) {
    Matcher m = Pattern.compile("^\\s+([\\p{L}’']+)").matcher(s);
    return m.find() ? m.group(1) : "";
  }

  private static String lastWord(String s) {
    Matcher m = Pattern.compile("([\\p{L}’']+)\\s+$").matcher(s);
    return m.find() ? m.group(1) : "";
  }
}
