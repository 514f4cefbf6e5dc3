package dev.empathy.examples.cli;

import dev.empathy.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.Register;
import dev.empathy.examples.json.ContractJson;
import dev.empathy.examples.json.EmpathyCache;
import dev.empathy.examples.json.JsonInput;
import dev.empathy.examples.json.StrictJson;
import dev.empathy.review.Review;
import dev.empathy.review.ReviewContext;
import java.time.ZoneOffset;

/**
 * {@code review}: friction findings with calmer rewrites, and the empathy rubric, for one agent
 * draft per line.
 *
 * <pre>{@code
 * echo '{"text":"Per our policy we cannot refund. It will be looked into soon."}' \
 *   | java -jar empathy-cli.jar review
 * }</pre>
 */
final class ReviewCommand extends JsonLinesCommand {
  private final EmpathyCache empathies = new EmpathyCache();

  @Override
  public String name() {
    return "review";
  }

  @Override
  public String summary() {
    return "lint agent drafts for friction language and score them on the empathy rubric (JSON Lines)";
  }

  @Override
  public String usage() {
    return """
        usage: empathy-cli review < drafts.jsonl > reviews.jsonl

        Input per line:  {"text": the agent's draft (required), "locale": BCP 47, default the draft's
                          language when clearly es, fr, de, pt or ja, else "en-US",
                          "customerText": the customer's message (optional), "channel": plain|chat|
                          email|social|sms|voice, or a platform's name: twitter, whatsapp… (optional)}
        Output per line: {"findings":[{"rule","category","severity","start","end","text","reason",
                          "suggestion"}], "rubric":{"validation","summary","ownership","actionNow",
                          "expectations","followThrough","clarity","dignity"}, "score": 0-100,
                          "notes":[…], "locale", "coaching":{criterion:{"note","evidence"}}}
        Offsets are UTF-16 code units into the draft. A rejected line gives
        {"error":{"field","message","line"}}.
        """;
  }

  @Override
  protected ObjectNode answer(JsonInput input) {
    return ContractJson.review(review(input));
  }

  /** The answer written without its tree (review answers are large: notes, coaching, evidence). */
  @Override
  protected byte[] answerLine(JsonInput input, JsonNode id) {
    Review review = review(input);
    byte[] line = ContractJson.reviewLine(id, review);
    return line != null ? line : StrictJson.writeLine(withId(id, ContractJson.review(review)));
  }

  private Review review(JsonInput input) {
    String text = input.text("text", ": the agent's draft");
    String locale = input.optionalText("locale");
    String customerText = input.optionalText("customerText");
    String given = input.optionalText("channel");
    // As compose reads it: "Chat" and " chat " name the chat channel.
    String channel = given == null ? null : given.strip().toLowerCase(java.util.Locale.ROOT);
    if (channel != null && !Known.CHANNELS.contains(channel)) {
      // A platform's name ("twitter", "whatsapp") is read as the channel that serves it.
      channel = dev.empathy.examples.json.ChannelName.of(given).map(a -> a.channel()).orElse(channel);
    }
    ReviewContext.Builder context = ReviewContext.builder();
    if (customerText != null) {
      if (customerText.isBlank()) {
        throw new InvalidInputException(input.path("customerText"), input.path("customerText")
            + " must not be blank: give the customer's message, or leave the field out");
      }
      context.customerText(customerText);
    }
    if (channel != null) {
      if (!Known.CHANNELS.contains(channel)) {
        throw new InvalidInputException(
            input.path("channel"),
            input.path("channel") + " must be one of " + String.join(", ", Known.CHANNELS)
                + " but was \"" + ContractJson.quoteForMessage(given) + "\"");
      }
      context.channel(channel);
    }
    if (locale == null) {
      // No locale: a draft clearly written in another language we review ("Lo sentimos mucho…") is
      // reviewed by that language's rules; the answer's "locale" says which were used.
      locale = dev.empathy.signal.Analyzer.language(text, java.util.Locale.US).map(java.util.Locale::toLanguageTag).orElse("en-US");
    }
    var empathy = empathies.get(locale, Register.FORMAL, ZoneOffset.UTC, null);
    if (customerText != null && !readingAhead) {
      readingAhead = true;
      readAhead(empathy.locale(), customerText);
    }
    return empathy.review(text, context.build());
  }

  /** Set once the first line with a customer's message has started {@link #readAhead}. */
  private volatile boolean readingAhead;

  /**
   * Loads the listening data for the customer's message on a second thread while this one loads
   * the rule book: the two are independent, each a third of a cold one-line review, and shared per
   * JVM (the reviewer's own reading then finds the lexicon loaded, or waits for it, never loads it
   * twice). Done for the first such line only; a failure here is the reviewer's to report, so it
   * is dropped. Only a short prefix is read: the point is the data, not this reading.
   */
  private static void readAhead(java.util.Locale locale, String customerText) {
    int end = Math.min(customerText.length(), READ_AHEAD_CHARS);
    if (end < customerText.length() && Character.isHighSurrogate(customerText.charAt(end - 1))) {
      end--;
    }
    Thread t = new ReadAhead(locale, customerText.substring(0, end));
    t.setDaemon(true);
    t.start();
  }

  /** The thread of {@link #readAhead} (a class of its own: a lambda spins one at a cold start). */
  private static final class ReadAhead extends Thread {
    private final java.util.Locale locale;
    private final String text;

    ReadAhead(java.util.Locale locale, String text) {
      super("empathy-read-ahead");
      this.locale = locale;
      this.text = text;
    }

    @Override
    public void run() {
      try {
        if (!text.isBlank()) {
          dev.empathy.signal.Analyzer.forLocale(locale).analyze(text);
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // the reviewer reads the message again and reports what goes wrong
      }
    }
  }

  /** At most this much of the customer's message is read ahead. */
  private static final int READ_AHEAD_CHARS = 512;

  /** The channels a draft may be reviewed for, sorted: every channel's id and "plain" (read on first use). */
  private static final class Known {
    static final java.util.SortedSet<String> CHANNELS = channels();

    private static java.util.SortedSet<String> channels() {
      java.util.SortedSet<String> known = new java.util.TreeSet<>(dev.empathy.channel.Channels.ids());
      known.add("plain");
      return java.util.Collections.unmodifiableSortedSet(known);
    }
  }
}
