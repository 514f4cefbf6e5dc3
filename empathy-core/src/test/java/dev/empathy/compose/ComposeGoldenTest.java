package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.phrase.BrandVoice;
import dev.empathy.phrase.Moment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The compose path's speed work must not change a single byte of any reply. This test composes
 * 2,000 replies from a fixed seed (every bundled locale and a fallback one, both registers, every
 * emotion, every kind of timeline and owner, zones, brand voices, policies, and the caller texts
 * the grammar work repairs: sentences as situations, notes without a subject, "my" restated as
 * "your", a/an by sound, bereavements, jokes, titles, handles, straight apostrophes, other
 * registers, blanks and control characters) and compares everything a reply exposes (the text,
 * each block's kind, range, text, facts and items, the warnings, the moments, the register and
 * locales, or the exception's field and message) with {@code golden-replies.txt.gz}, which was
 * written by {@code main}'s code before the work started (aa221b1).
 *
 * <p>When a change to the phrase data or the grammar is meant to change replies, the golden file
 * is written again from the code that makes that change, and the diff of the unzipped file is
 * the review of what changed:
 *
 * <pre>{@code
 * mvn -B -o -pl empathy-core test -Dtest=ComposeGoldenTest \
 *     -Dgolden.write=$PWD/empathy-core/src/test/resources/dev/empathy/compose/golden-replies.txt.gz
 * }</pre>
 */
class ComposeGoldenTest {
  private static final String RESOURCE = "golden-replies.txt.gz";
  private static final int CASES = 2000;

  private static final List<String> TAGS =
      List.of("en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "ja-JP", "pt-BR", "en-AU", "de-AT", "es-MX", "fr-CA", "it-IT");

  private static final List<Instant> NOWS = List.of(
      Instant.parse("2026-11-25T15:00:00Z"), // a Wednesday afternoon
      Instant.parse("2026-11-27T22:30:00Z"), // a Friday night
      Instant.parse("2026-11-28T09:00:00Z"), // a Saturday
      Instant.parse("2026-12-24T11:00:00Z"),
      Instant.parse("2027-02-28T23:59:00Z"));

  private static final List<String> ZONES =
      List.of("UTC", "America/New_York", "Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo", "Pacific/Kiritimati");

  private static final List<String> NAMES = List.of(
      "Dana Whitaker", "Dana", "dana", "DANA WEBER", "Sam Ortiz", "@kevin_b", "@sam_b", "Ana", "Jo", "Lee Park",
      "Mrs Patel", "Dr. Okafor", "mr jones", "Herr Dr. Becker", "Mme Martin", "Liam O’Neill", "Liam O'Neill",
      "Chen Wei", "Fatima", "田中", "josé", "jean-luc", "McKenzie", "dana1987", "4111", "55 W 10th St",
      "dana@example.com", "Sophie Martin", "Señora García", "João", "user123", "Password Smith", "PIN");

  private static final List<String> SITUATIONS = List.of(
      "the double charge on order 4471", "the double charge on your card", "my package is lost",
      "my package is lost and I'm worried", "the flight cancellation", "the third missed delivery",
      "the three missed deliveries", "your joke of a refund policy", "a card payment you don't recognise",
      "the card payment &gt; 300 &amp;amp; more", "the eight extra charges on your account",
      "the two prices on your invoice", "iPad screen repair quote", "I was charged twice",
      "Wi-Fi; the router keeps dropping the connection every single evening after dinner", "the account",
      "the app crashing", "the bills still arriving for your late husband",
      "my mum passed away and her account is still charging", "the delay", "the late parcel", "your late delivery",
      "the early delivery", "the great service at the Leeds store", "the quick delivery", "about your refund",
      "your joke about our hold music", "your question", "the broken login", "the bills", "my router",
      "my mum's account", "our kids' tablets", "the charge I didn't make", "the email you sent me",
      "the charge that isn't mine", "my order from your store", "about my late delivery", "refund",
      "login problem", "a hour-long wait on the phone", "an unit that arrived broken",
      "a FAQ answer that confused me", "iPad screen", "eBay order", "Netflix", "the $4.99 charge",
      "the \"Premium\" upgrade", "the 📦 that never came", "both refunds", "the 3 missing items",
      "the problem with my card", "the delay at the depot", "The invoice", "You were charged twice.",
      "Thank you so much, haha, your hold music is my new favourite album 😂",
      "Thank you so much, the courier was amazing and the flowers arrived perfect!",
      "Third time I'm writing!!! This is a disgrace, fix it or I cancel my account.", "it’s been a week",
      "my phone died overnight", "losing your photos", "a 8-day delay", "a European plug", "an MOT",
      "die doppelte Abbuchung für die Bestellung vom letzten Dienstag mit Expressversand", "die doppelte Abbuchung",
      "Ihre Bestellung", "Den fehlenden Artikel.", "das defekte Ladegerät", "le double prélèvement",
      "le colis abîmé", "les frais de port", "la facture de mars", "los dos cargos en tu tarjeta",
      "los dos cargos en su tarjeta", "la factura duplicada", "el pedido incompleto", "las entregas que no llegaron",
      "O reembolso.", "as duas cobranças no seu cartão", "sua fatura de março", "o pedido incompleto",
      "返金の件。", "二重請求", "the\u200Bdelay", "the refund 🙏🏽", "the order #A-77 (placed 3/4)",
      "your late father's subscription", "a funeral this week and the order is late");

  private static final List<String> SUMMARIES = List.of(
      "you were charged twice for order 4471", "You were charged twice for order 4471.", "Your card was charged twice.",
      "did the charge go through twice?", "nobody turned up on Monday, Tuesday or Wednesday",
      "the courier left your parcel with a neighbor before the party",
      "the courier went out of his way to drop it off early", "the flowers arrived on time",
      "there's a payment of €300 on your card that you didn't make",
      "your order came four days after the date we promised", "my router drops every hour and I can’t work",
      "my card was declined again", "i was charged twice and i want it fixed", "I checked your account: the payment is pending",
      "There's no signal since Monday", "my mum passed away and her account is still charging",
      "haha the parcel went to my neighbour's cat 😂", "the email you sent me has the wrong date",
      "Ihre Karte wurde doppelt belastet.", "Sie wurden zweimal belastet", "vous avez été débité deux fois",
      "se le cobró dos veces", "te cobramos dos veces", "você foi cobrado duas vezes", "同じ注文で2回請求された",
      "the parcel is lost!!!", "the parcel is lost...", "my kids' tablets were both charged");

  private static final List<String> ACTIONS = List.of(
      "I’ve refunded the duplicate charge of $42.00", "I’ve refunded the second charge", "I refunded the second charge",
      "I reset your session", "I've reset your session", "i reset your session", "i'll call the courier",
      "i've refunded the second charge.", "Refunded the delivery fee", "Refunded the second charge", "Sent a new label",
      "will send a replacement today", "booked a named driver for tomorrow morning", "check the tracking",
      "email you a receipt", "flag your account for review", "refund the charge", "Could you send a photo of the label??",
      "Please keep the box", "Please keep the box for the courier", "Show the QR code I just texted you at the gate",
      "Try signing in with the link I just emailed you", "Updating the app fixes this", "The $4.99 is your monthly storage fee",
      "The $4.99 on 12/03 is your storage fee; call 1-800-555-0199 or see https://www.example.com/billing/faq?id=42",
      "The first price is the monthly plan; the second is the one-off setup fee", "eBay orders ship separately",
      "Amazon will collect it", "ifttt was reset", "I’ve frozen your card &amp; opened a dispute",
      "I’ve passed it on to the team, they loved it", "I’ve rebooked you on the 7:40 flight", "I’ll call you at 5",
      "We’ve booked an engineer for Friday", "You can track the parcel from your account", "Need you to confirm the address",
      "Attached is the label", "I’m sending a prepaid return label", "The outage is over as of 9 AM",
      "I’ve unlocked your account and reset the password link", "Speed up the delivery", "refund",
      "Ich habe Ihnen einen Gutschein geschickt.", "ich habe die zweite Abbuchung erstattet", "Ich habe es erstattet",
      "j'ai remboursé le second prélèvement", "J’ai envoyé une nouvelle étiquette", "He devuelto el segundo cargo",
      "Te escribiré cuando llegue el reembolso", "Estornei a cobrança.", "2回目の請求を返金しました", "代替品をお送りします。",
      "写真を送っていただけますか？", "I’ve sent the label!", "I’ve sent the label ?!", "x");

  private static final List<String> FOLLOW_UPS = List.of(
      "I'll check in tomorrow", "I’ll check in tomorrow", "I’ll email you as soon as the refund lands",
      "I’ll email you as soon as the refund lands.", "I’ll text you when the driver sets off",
      "I’ve added a credit to your account!", "Let me know if anything still looks off", "Let me know if it still happens",
      "Te escribiré cuando llegue el reembolso", "Le escribiré mañana", "je vous écrirai demain", "je t'écrirai demain",
      "ich melde mich, sobald sie da ist", "Vou avisar você quando o estorno cair", "i'll email you when it lands",
      "will call you tomorrow", "I'll text you, mate", "明日ご連絡します");

  private static final List<String> CONFIRMATIONS = List.of(
      "the order ending in 4471", "注文番号4471", "my order 4471", "Ihre Bestellung", "la factura de marzo",
      "le colis abîmé", "a unidentified charge", "an one-off fee", "the email you sent me");

  private static final List<BrandVoice> VOICES = List.of(
      BrandVoice.none(),
      BrandVoice.builder().agentName("Sam").signOff("Warmly,").build(),
      BrandVoice.builder().signOff("Take care,").build(),
      BrandVoice.builder().agentName("Priya").ban("unfortunately").build());

  private static final List<ReplyPolicy> POLICIES =
      List.of(ReplyPolicy.DEFAULT, ReplyPolicy.LENIENT, ReplyPolicy.builder().requireTimeline(true).build());

  private final Map<String, Empathy> instances = new LinkedHashMap<>();

  @Test
  void everyReplyIsTheGoldenReply() throws IOException {
    List<String> actual = new ArrayList<>();
    Random random = new Random(15L);
    for (int i = 0; i < CASES; i++) {
      actual.add(oneCase(i, random));
    }
    String write = System.getProperty("golden.write");
    if (write != null && !write.isBlank()) {
      try (var out = new GZIPOutputStream(Files.newOutputStream(Path.of(write)))) {
        out.write(String.join("", actual).getBytes(StandardCharsets.UTF_8));
      }
    }
    List<String> expected = golden();
    assertEquals(CASES, expected.size(), "cases in the golden file");
    List<Integer> differing = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        differing.add(i);
      }
    }
    if (!differing.isEmpty()) {
      int first = differing.get(0);
      fail(differing.size() + " of " + CASES + " replies differ from the golden file (cases " + differing.subList(0,
          Math.min(20, differing.size())) + "…); the first:\nexpected:\n" + expected.get(first) + "actual:\n"
          + actual.get(first));
    }
  }

  /** The golden file's cases, each starting at its "# case" line. */
  private static List<String> golden() throws IOException {
    InputStream in = ComposeGoldenTest.class.getResourceAsStream(RESOURCE);
    assertNotNull(in, RESOURCE);
    String all;
    try (InputStream z = new GZIPInputStream(in)) {
      all = new String(z.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> cases = new ArrayList<>();
    int from = 0;
    while (from < all.length()) {
      int next = all.indexOf("\n# case ", from);
      int end = next < 0 ? all.length() : next + 1;
      cases.add(all.substring(from, end));
      from = end;
    }
    return cases;
  }

  private String oneCase(int i, Random r) {
    String tag = pick(r, TAGS);
    Register register = r.nextBoolean() ? Register.FORMAL : Register.INFORMAL;
    Instant now = pick(r, NOWS);
    int voiceIndex = r.nextInt(8) < 6 ? 0 : 1 + r.nextInt(VOICES.size() - 1);
    StringBuilder in = new StringBuilder("# case ").append(i).append(": ").append(tag).append(' ').append(register)
        .append(" now=").append(now).append(" voice=").append(voiceIndex);
    Empathy empathy = instances.computeIfAbsent(tag + register + voiceIndex, k -> Empathy.builder()
        .locale(Locale.forLanguageTag(tag)).register(register).voice(VOICES.get(voiceIndex)).build());
    // What Empathy.compose() does, with this case's clock.
    // What Empathy.compose() does, with this case's clock; most cases lenient, so few are rejected.
    Composer c = Composer.create(empathy.phrasebook(), Clock.fixed(now, ZoneOffset.UTC), ReplyPolicy.LENIENT, empathy.voice());
    try {
      if (r.nextInt(4) > 0) {
        String id = r.nextInt(10) == 0 ? "" : "T-" + r.nextInt(100_000);
        int turn = r.nextInt(6);
        in.append(" conversation=").append(id).append('/').append(turn);
        c.conversation(id, turn);
      }
      if (r.nextInt(10) < 7) {
        in.append(" customer=").append(quote(c, pick(r, NAMES), Composer::customer));
      }
      int ack = r.nextInt(10);
      if (ack < 8) {
        Emotion e = pick(r, List.of(Emotion.values()));
        if (ack < 6) {
          String s = pick(r, SITUATIONS);
          in.append(" acknowledge=").append(e).append(",\"").append(s).append('"');
          c.acknowledge(e, s);
        } else {
          in.append(" acknowledge=").append(e);
          c.acknowledge(e);
        }
      }
      if (r.nextInt(10) < 4) {
        in.append(" summary=").append(quote(c, pick(r, SUMMARIES), Composer::summary));
      }
      if (r.nextInt(10) < 1) {
        in.append(" confirm=").append(quote(c, pick(r, CONFIRMATIONS), Composer::confirm));
      }
      int actions = r.nextInt(10) < 8 ? 1 + (r.nextInt(3) == 0 ? r.nextInt(3) : 0) : 0;
      for (int a = 0; a < actions; a++) {
        in.append(" action=").append(quote(c, pick(r, ACTIONS), Composer::action));
      }
      if (actions == 0 && r.nextBoolean()) {
        in.append(" actionSlot");
        c.actionSlot();
      }
      if (r.nextInt(10) < 6) {
        Timeline t = timeline(r, now);
        in.append(" timeline=").append(t);
        c.timeline(t);
      }
      if (r.nextInt(10) < 3) {
        in.append(" followUp=").append(quote(c, pick(r, FOLLOW_UPS), Composer::followUp));
      }
      if (r.nextInt(15) == 0) {
        in.append(" boundary");
        c.boundary();
      }
      if (r.nextInt(4) == 0) {
        in.append(" closing=false");
        c.closing(false);
      }
      if (r.nextInt(4) == 0) {
        String zone = pick(r, ZONES);
        in.append(" zone=").append(zone);
        c.zone(ZoneId.of(zone));
      }
      if (r.nextInt(5) == 0) {
        int p = r.nextInt(POLICIES.size());
        in.append(" policy=").append(p);
        c.policy(POLICIES.get(p));
      }
      in.append('\n');
      return in.append(describe(c.build())).toString();
    } catch (InvalidInputException e) {
      return in.append("\nrejected: ").append(e.field()).append(": ").append(e.getMessage()).append('\n').toString();
    }
  }

  private static Timeline timeline(Random r, Instant now) {
    Timeline t = switch (r.nextInt(7)) {
      case 0, 1 -> Timeline.businessDays(1 + r.nextInt(10));
      case 2 -> Timeline.within(pick(r, List.of(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
          Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(3), Duration.ofMinutes(90), Duration.ofDays(14))));
      case 3 -> Timeline.by(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(r.nextInt(12)));
      case 4 -> Timeline.byTime(now.plus(Duration.ofMinutes(30 + r.nextInt(4000))));
      case 5 -> Timeline.byTime(LocalDateTime.ofInstant(now, ZoneOffset.UTC).plusHours(1 + r.nextInt(70)).withMinute(0));
      default -> Timeline.businessDays(1 + r.nextInt(5), BusinessCalendar.weekends());
    };
    return switch (r.nextInt(5)) {
      case 0 -> t.ownedBy(Owner.team());
      case 1 -> t.ownedBy(Owner.named(pick(r, List.of("billing", "Billing team", "the courier", "Versand"))));
      default -> t;
    };
  }

  private static String quote(Composer c, String text, java.util.function.BiConsumer<Composer, String> set) {
    set.accept(c, text);
    return "\"" + text.replace("\n", "\\n") + "\"";
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** Everything a reply exposes, one line each, newlines in texts written as \n. */
  private static String describe(Reply reply) {
    StringBuilder out = new StringBuilder();
    String text = reply.toPlainText();
    out.append("text: ").append(escape(text)).append('\n');
    out.append("locale: ").append(reply.locale().toLanguageTag()).append(" requested: ")
        .append(reply.requestedLocale().toLanguageTag()).append(" register: ").append(reply.register()).append('\n');
    for (Block b : reply.blocks()) {
      // A block's text is a range of the reply's text, except after a greeting some locales lower-case.
      String range = b.start() >= 0 && b.end() <= text.length() ? text.substring(b.start(), b.end()) : null;
      out.append("block ").append(b.kind()).append(" [").append(b.start()).append(',').append(b.end()).append(')')
          .append(b.text().equals(range) ? "" : ": " + escape(b.text())).append(" facts=")
          .append(escape(b.facts().toString())).append(" items=").append(escape(b.items().toString())).append('\n');
    }
    for (String w : reply.warnings()) {
      out.append("warning: ").append(escape(w)).append('\n');
    }
    out.append("moments:");
    for (Moment m : Moment.values()) {
      if (reply.has(m)) {
        out.append(' ').append(m.label());
      }
    }
    return out.append('\n').toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }
}
