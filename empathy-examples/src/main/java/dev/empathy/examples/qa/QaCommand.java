package dev.empathy.examples.qa;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.io.CountingInputStream;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.examples.command.Command;
import dev.empathy.examples.command.OrderedPipeline;
import dev.empathy.examples.command.Invocation;
import dev.empathy.examples.command.UsageException;
import dev.empathy.examples.json.BoundedLines;
import dev.empathy.examples.json.ComposeRequest;
import dev.empathy.examples.json.EmpathyCache;
import dev.empathy.examples.json.JsonInput;
import dev.empathy.examples.json.StrictJson;
import dev.empathy.review.Criterion;
import dev.empathy.review.FrictionFinding;
import dev.empathy.review.Review;
import dev.empathy.review.ReviewContext;
import dev.empathy.review.RubricScore;
import dev.empathy.text.UserText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code qa}: batch quality review of past conversations. Streams a JSON Lines export, reviews
 * every agent reply against the customer's message, and writes one CSV row per reply and one per
 * agent. Memory stays flat however long the input: replies are written as they are read, and only
 * the per-agent sums are kept.
 *
 * <pre>{@code
 * java -jar empathy-cli.jar qa --in conversations.jsonl --out qa-report/
 * }</pre>
 */
public final class QaCommand implements Command {
  private static final List<Criterion> CRITERIA = List.of(Criterion.values());
  private static final int TOP_FINDINGS = 3;
  private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

  private final EmpathyCache empathies = new EmpathyCache();

  @Override
  public String name() {
    return "qa";
  }

  @Override
  public String summary() {
    return "review a JSON Lines export of past replies; write per-reply and per-agent CSV";
  }

  @Override
  public String usage() {
    return """
        usage: empathy-cli qa --in FILE --out DIR

        Reads one conversation per line from FILE ("-" for stdin):
          {"conversationId","agentId","channel","customerText","agentReply","locale" (optional)}
        and writes, creating DIR if needed:
          DIR/replies.csv  one row per reply: conversationId, agentId, channel, a 0-1 score per
                           rubric criterion, the 0-100 score, the number of friction findings,
                           the top findings ("rule: text"), and an error for a rejected line
          DIR/agents.csv   one row per agent, best mean score first: replies reviewed, the mean
                           per criterion, the mean score, and the most frequent friction rules
        Options: --max-agents N (default 10000) agents get a row each; the replies of later
        agents are summed in one row "(other agents)", with a warning on stderr.
        --max-line-bytes N (default 1048576) a longer line is skipped with an error row.
        Streams: memory stays flat for any input size. A progress line goes to stderr on a
        terminal. Exit code 1 when some line was rejected (its row says why).
        """;
  }

  @Override
  public int run(Invocation io) throws IOException {
    String inArg = null;
    String outArg = null;
    int maxAgents = DEFAULT_MAX_AGENTS;
    int maxLineBytes = BoundedLines.DEFAULT_MAX_BYTES;
    List<String> args = io.args();
    for (int i = 0; i < args.size(); i += 2) {
      String arg = args.get(i);
      if (i + 1 >= args.size()) {
        throw new UsageException("\"" + arg + "\" needs a value");
      }
      switch (arg) {
        case "--in" -> inArg = args.get(i + 1);
        case "--out" -> outArg = args.get(i + 1);
        case "--max-agents" -> maxAgents = positive(arg, args.get(i + 1));
        case "--max-line-bytes" -> maxLineBytes = positive(arg, args.get(i + 1));
        default -> throw new UsageException("unexpected argument \"" + arg + "\"");
      }
    }
    if (inArg == null || outArg == null) {
      throw new UsageException("qa needs --in FILE and --out DIR");
    }
    long size = inArg.equals("-") ? -1 : size(Path.of(inArg));
    Path dir = Path.of(outArg);
    Files.createDirectories(dir);
    Map<String, AgentTally> agents = new TreeMap<>();
    int rejected = 0;
    long lines = 0;
    Agents table = new Agents(agents, maxAgents);
    try (CountingInputStream counted = new CountingInputStream(open(inArg, io));
        Writer replies = Files.newBufferedWriter(dir.resolve("replies.csv"), UTF_8)) {
      BoundedLines in = new BoundedLines(counted, maxLineBytes);
      Progress progress = new Progress(io, size);
      row(replies, replyHeader());
      long[] read = {0};
      int[] tally = {0}; // rejected lines
      // Lines are read with a byte limit (a longer one is never held whole: it gets an error row),
      // replies are reviewed on every core and written in input order; memory stays bounded
      // (OrderedPipeline reads a few dozen lines ahead at most, the agent table is bounded).
      // Workers get batches of lines (at most BATCH_LINES, or about BATCH_BYTES): handing one line
      // at a time between threads (a task, a future, a queue and a wake-up each way) cost a
      // fifth of a short conversation's review in system time and context switches.
      OrderedPipeline.run(
          () -> {
            List<NumberedLine> batch = new ArrayList<>();
            long bytes = 0;
            // Blank lines are skipped: a batch is empty only at the end of the input.
            while (batch.isEmpty() || (batch.size() < BATCH_LINES && bytes < BATCH_BYTES)) {
              BoundedLines.Line line = in.next();
              if (line == null) {
                break;
              }
              read[0] = line.number();
              if (line.tooLong()) {
                batch.add(new NumberedLine(null, line.number(), line.bytes()));
              } else if (!line.text().isBlank()) {
                batch.add(new NumberedLine(line.text(), line.number(), line.bytes()));
              }
              bytes += line.bytes();
            }
            return batch.isEmpty() ? null : batch;
          },
          batch -> {
            Reviewed[] done = new Reviewed[batch.size()];
            for (int k = 0; k < done.length; k++) {
              NumberedLine l = batch.get(k);
              done[k] = l.text() == null ? tooLong(l, in.maxBytes()) : review(l.text(), l.number());
            }
            return done;
          },
          (done, more) -> {
            for (Reviewed reviewed : done) {
              row(replies, reviewed.row());
              if (reviewed.review() != null) {
                table.tally(reviewed.agent()).add(reviewed.review());
              } else {
                tally[0]++;
              }
              progress.update(counted.getCount(), reviewed.number());
            }
          },
          OrderedPipeline.defaultThreads());
      rejected = tally[0];
      lines = read[0];
      progress.done(lines);
    }
    if (table.pooled > 0) {
      io.err().println("qa: more than " + maxAgents + " distinct agents; " + table.pooled
          + " replies of later agents are summed in the row \"" + OTHER_AGENTS + "\" of agents.csv (raise the limit with --max-agents)");
    }
    try (Writer out = Files.newBufferedWriter(dir.resolve("agents.csv"), UTF_8)) {
      List<String> header = new ArrayList<>(List.of("agentId", "replies"));
      CRITERIA.forEach(c -> header.add(c.key()));
      header.addAll(List.of("score", "topFriction"));
      row(out, header);
      List<Map.Entry<String, AgentTally>> ranked = new ArrayList<>(agents.entrySet());
      ranked.sort(Comparator.comparingDouble((Map.Entry<String, AgentTally> e) -> -e.getValue().meanScore())
          .thenComparing(Map.Entry::getKey));
      for (Map.Entry<String, AgentTally> e : ranked) {
        row(out, e.getValue().row(e.getKey()));
      }
    }
    if (rejected > 0) {
      io.err().println("qa: " + rejected + " lines were rejected (see the error column of replies.csv)");
    }
    return rejected == 0 ? 0 : 1;
  }

  /** At most this many lines are handed to a worker at once. */
  private static final int BATCH_LINES = 64;

  /** A batch takes no further line once its lines hold this many bytes. */
  private static final long BATCH_BYTES = 64 * 1024;

  /** A line to review: its text (null when longer than the limit), number and length in bytes. */
  private record NumberedLine(String text, long number, long bytes) {}

  /** One reviewed line: its CSV row, and the review for the agent's tally (null when rejected). */
  private record Reviewed(List<String> row, String agent, Review review, long number) {}

  /** The default number of agents tallied one by one; later ones share one row. */
  static final int DEFAULT_MAX_AGENTS = 10_000;

  /** The agents.csv row of the agents beyond {@code --max-agents}. */
  static final String OTHER_AGENTS = "(other agents)";

  /** Agent ids longer than this are cut for the table (a CSV row per agent stays small). */
  private static final int MAX_AGENT_ID = 200;

  /** The per-agent tallies, bounded: memory stays flat whatever the number of distinct agents. */
  private static final class Agents {
    private final Map<String, AgentTally> tallies;
    private final int max;
    long pooled;

    Agents(Map<String, AgentTally> tallies, int max) {
      this.tallies = tallies;
      this.max = max;
    }

    AgentTally tally(String agent) {
      String id = agent.length() > MAX_AGENT_ID ? agent.substring(0, MAX_AGENT_ID) + "…" : agent;
      AgentTally t = tallies.get(id);
      if (t != null) {
        return t;
      }
      if (tallies.size() < max) {
        t = new AgentTally();
        tallies.put(id, t);
        return t;
      }
      pooled++;
      return tallies.computeIfAbsent(OTHER_AGENTS, k -> new AgentTally());
    }
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + " must be a whole number of at least 1, got \"" + value + "\"");
  }

  /** The error row of a line longer than {@code --max-line-bytes}. */
  private static Reviewed tooLong(NumberedLine l, int maxLineBytes) {
    List<String> row = new ArrayList<>(List.of("", "", ""));
    CRITERIA.forEach(c -> row.add(""));
    row.addAll(List.of("", "", "", "line " + l.number() + ": longer than " + maxLineBytes + " bytes (" + l.bytes()
        + " bytes); skipped (raise the limit with --max-line-bytes)"));
    return new Reviewed(row, "", null, l.number());
  }

  /**
   * The {@code replies.csv} row of one export line, exactly as {@code qa} writes it (the cells
   * escaped for CSV, ending in CRLF), reviewed on the calling thread by the same code the command's
   * workers run. It is how {@code QaBenchmark} (empathy-benchmarks) measures a line of {@code qa}:
   *
   * <pre>{@code
   * QaCommand qa = new QaCommand();
   * String row = qa.replyRow("{\"conversationId\":\"C-1\",\"agentId\":\"a-7\",\"channel\":\"chat\","
   *     + "\"customerText\":\"Where is my parcel?\",\"agentReply\":\"Sorry, it left today.\"}", 1);
   * // "C-1,a-7,chat,…,0,\r\n": the scores, the findings and an empty error cell
   * }</pre>
   *
   * @param line one line of the export (JSON)
   * @param number its line number, for an error row
   * @return the row's text; an error row for a line qa rejects
   */
  public String replyRow(String line, long number) {
    StringBuilder out = new StringBuilder(256);
    try {
      row(out, review(line, number).row());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /** Reviews one line (on any thread) and makes its row. */
  private Reviewed review(String line, long number) {
    String conversation = "";
    String agent = "";
    String channel = "";
    try {
      JsonInput in = JsonInput.of(StrictJson.readObject(line));
      conversation = orEmpty(in.optionalText("conversationId"));
      agent = orEmpty(in.optionalText("agentId"));
      channel = orEmpty(in.optionalText("channel"));
      String reply = in.text("agentReply", ": the agent's reply to review");
      String customerText = in.optionalText("customerText");
      String locale = in.optionalText("locale");
      if (locale == null) {
        // As review reads a draft without a locale: by its own language's rules when clearly es, fr, de, pt or ja.
        locale = dev.empathy.signal.Analyzer.language(reply, java.util.Locale.US).map(java.util.Locale::toLanguageTag).orElse("en-US");
      }
      Empathy empathy = empathies.get(locale, Register.FORMAL, ZoneOffset.UTC, null);
      String channelId = dev.empathy.channel.Channels.find(channel).isPresent() || channel.strip().equalsIgnoreCase("plain")
          ? channel
          : dev.empathy.examples.json.ChannelName.of(channel).map(dev.empathy.examples.json.ChannelName::channel).orElse(channel);
      ReviewContext context = ReviewContext.builder()
          .customerText(customerText)
          .channel(channelId.isBlank() ? null : channelId)
          .build();
      Review review = ComposeRequest.renamed("text", "agentReply", () -> empathy.review(reply, context));
      List<String> row = new ArrayList<>(List.of(conversation, agent, channel));
      for (Criterion c : CRITERIA) {
        RubricScore s = review.rubric().get(c);
        row.add(s == null ? "" : decimal(s.score()));
      }
      row.add(Integer.toString(review.score()));
      row.add(Integer.toString(review.findings().size()));
      row.add(review.findings().stream()
          .sorted(Comparator.comparing(FrictionFinding::severity).reversed())
          .limit(TOP_FINDINGS)
          .map(f -> f.rule() + ": " + f.text())
          .collect(Collectors.joining("; ")));
      row.add("");
      return new Reviewed(row, agent, review, number);
    } catch (InvalidInputException e) {
      List<String> row = new ArrayList<>(List.of(conversation, agent, channel));
      CRITERIA.forEach(c -> row.add(""));
      row.addAll(List.of("", "", "", "line " + number + ": " + e.getMessage()));
      return new Reviewed(row, agent, null, number);
    }
  }

  private static List<String> replyHeader() {
    List<String> header = new ArrayList<>(List.of("conversationId", "agentId", "channel"));
    CRITERIA.forEach(c -> header.add(c.key()));
    header.addAll(List.of("score", "findings", "topFindings", "error"));
    return header;
  }

  private static void row(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csv(inert(cells.get(i))));
    }
    out.append("\r\n"); // RFC 4180
  }

  /**
   * The cell as RFC 4180 writes it, as commons-text's {@code StringEscapeUtils.escapeCsv} does
   * (quoted, its quotes doubled, when it holds a comma, a quote, CR or LF; else as it is) without
   * the {@code StringWriter} that made per cell, 17 cells a row ({@code QaCsvProperties}).
   */
  static String csv(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + cell.replace("\"", "\"\"") + '"';
      }
    }
    return cell;
  }

  /**
   * Text from the input file (agent ids, conversation ids) that a spreadsheet would run as a
   * formula (it starts with =, +, -, @, tab or CR) gets a leading apostrophe; our own numbers are
   * left as they are.
   */
  public static String inert(String cell) {
    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("-?\\d+(\\.\\d+)?")) {
      return cell;
    }
    return "'" + cell;
  }

  /**
   * {@code String.format(Locale.ROOT, "%.3f", v)}. The rubric's scores and their means are mostly
   * exact thousandths (0.6, 0.25, 1.0), written here without a {@link java.util.Formatter} (which
   * was about a twelfth of {@code qa}'s CPU): when {@code v} is the double nearest a number of
   * thousandths, that number is what the format prints. Anything else is formatted as before.
   */
  static String decimal(double v) {
    if (Double.compare(v, 0.0) >= 0 && v < 1e9) { // not -0.0 ("-0.000"), not NaN
      long thousandths = Math.round(v * 1000);
      if (thousandths / 1000.0 == v) {
        long frac = thousandths % 1000;
        return (thousandths / 1000) + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac;
      }
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** The value as a CSV cell: cleaned like all user text (NFC, no control characters but \n and \t). */
  private static String orEmpty(String s) {
    return s == null ? "" : UserText.clean(s);
  }

  private static long size(Path file) throws IOException {
    try {
      return Files.size(file);
    } catch (NoSuchFileException e) {
      throw new UsageException("--in: no such file " + file);
    }
  }

  private static InputStream open(String inArg, Invocation io) throws IOException {
    return inArg.equals("-") ? io.in() : Files.newInputStream(Path.of(inArg));
  }

  /** One agent's running sums: constant size per agent, whatever the number of replies. */
  private static final class AgentTally {
    private final Map<Criterion, double[]> criteria = new EnumMap<>(Criterion.class); // {sum, count}
    private final Map<String, Integer> rules = new HashMap<>();
    private long replies;
    private long scoreSum;

    void add(Review review) {
      replies++;
      scoreSum += review.score();
      review.rubric().forEach((c, s) -> {
        double[] t = criteria.computeIfAbsent(c, k -> new double[2]);
        t[0] += s.score();
        t[1]++;
      });
      review.findings().forEach(f -> rules.merge(f.rule(), 1, Integer::sum));
    }

    double meanScore() {
      return replies == 0 ? 0 : (double) scoreSum / replies;
    }

    List<String> row(String agent) {
      List<String> row = new ArrayList<>(List.of(agent, Long.toString(replies)));
      for (Criterion c : CRITERIA) {
        double[] t = criteria.get(c);
        row.add(t == null ? "" : decimal(t[0] / t[1]));
      }
      row.add(String.format(Locale.ROOT, "%.1f", meanScore()));
      row.add(rules.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(TOP_FINDINGS)
          .map(e -> e.getKey() + " (" + e.getValue() + ")")
          .collect(Collectors.joining("; ")));
      return row;
    }
  }

  /** A progress bar on stderr, only when a person is watching a terminal. */
  private static final class Progress {
    private static final int BAR = 30;
    private final Invocation io;
    private final long size;
    private long last = System.nanoTime();

    Progress(Invocation io, long size) {
      this.io = io;
      this.size = size;
    }

    void update(long bytes, long lines) {
      if (!io.terminal()) {
        return;
      }
      long now = System.nanoTime();
      if (now - last < PROGRESS_EVERY_NANOS) {
        return;
      }
      last = now;
      if (size > 0) {
        int filled = (int) Math.min(BAR, BAR * bytes / size);
        io.err().printf(Locale.ROOT, "\rqa [%s%s] %3d%%  %,d lines", "#".repeat(filled), ".".repeat(BAR - filled),
            100 * bytes / size, lines);
      } else {
        io.err().printf(Locale.ROOT, "\rqa %,d lines", lines);
      }
      io.err().flush();
    }

    void done(long lines) {
      if (io.terminal()) {
        io.err().printf(Locale.ROOT, "\rqa: %,d lines reviewed%s%n", lines, " ".repeat(BAR));
      }
    }
  }
}
