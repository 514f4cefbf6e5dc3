package dev.empathy.examples.drill;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import dev.empathy.examples.bot.BotCommand;
import dev.empathy.examples.command.Command;
import dev.empathy.examples.command.Invocation;
import dev.empathy.examples.command.UsageException;
import dev.empathy.examples.json.ComposeRequest;
import dev.empathy.examples.json.EmpathyCache;
import dev.empathy.examples.json.JsonInput;
import dev.empathy.review.Criterion;
import dev.empathy.review.FrictionFinding;
import dev.empathy.review.Review;
import dev.empathy.review.ReviewContext;
import dev.empathy.review.RubricScore;
import dev.empathy.signal.Signals;
import dev.empathy.text.UserText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * {@code drill}: short practice drills for support teams, in the terminal. Answers are read line
 * by line from stdin, so a drill can also be scripted.
 *
 * <pre>{@code
 * java -jar empathy-cli.jar drill label            # name the emotion, compare with the analyser
 * java -jar empathy-cli.jar drill summary          # write a reflective summary, get feedback
 * java -jar empathy-cli.jar drill boundary         # answer abuse with a respectful limit
 * }</pre>
 */
public final class DrillCommand implements Command {
  private static final List<String> MODES = List.of("label", "summary", "boundary");
  private static final int DEFAULT_ROUNDS = 5;

  private final EmpathyCache empathies = new EmpathyCache();

  @Override
  public String name() {
    return "drill";
  }

  @Override
  public String summary() {
    return "practice drills: name the emotion, write a reflective summary, set a boundary";
  }

  @Override
  public String usage() {
    return """
        usage: empathy-cli drill [label|summary|boundary] [--rounds 5] [--from N]

          label     an emotion-labelling sprint: read a customer's message, type the emotion you
                    would acknowledge first; see the support lead's label, what the analyser heard
                    and its evidence, and your score.
          summary   reflective-summary practice: restate the customer's problem in one line ("you
                    were charged twice for …"); get rubric feedback and a model reply composed by
                    the library.
          boundary  abusive messages: write a reply that acknowledges and sets a respectful
                    limit; get the review and a model reply.

        Scenarios rotate across retail, banking, telecoms, travel, SaaS and healthcare billing.
        --rounds  how many scenarios (default 5); --from  the first scenario's index (default:
        a random one, so each drill is different). Answers are read one line each from stdin;
        the drill ends early at end of input. Default mode: label.
        """;
  }

  @Override
  public int run(Invocation io) throws IOException {
    String mode = "label";
    int rounds = DEFAULT_ROUNDS;
    Integer from = null;
    List<String> args = io.args();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (MODES.contains(arg)) {
        mode = arg;
      } else if ((arg.equals("--rounds") || arg.equals("--from")) && i + 1 < args.size()) {
        int value = number(arg, args.get(++i));
        if (arg.equals("--rounds")) {
          rounds = Math.max(1, value);
        } else {
          from = value;
        }
      } else {
        throw new UsageException("unexpected argument \"" + arg + "\"");
      }
    }
    List<Drill> pool = Drill.bundled();
    if (mode.equals("boundary")) {
      pool = pool.stream().filter(Drill::abusive).toList();
    }
    int start = from == null ? ThreadLocalRandom.current().nextInt(pool.size()) : Math.floorMod(from, pool.size());
    Session s = new Session(
        new BufferedReader(new InputStreamReader(io.in(), UTF_8)), dev.empathy.examples.command.TerminalText.printStream(io.out()));
    for (int round = 0; round < rounds; round++) {
      Drill d = pool.get((start + round) % pool.size());
      s.out.println();
      s.out.println("— " + (round + 1) + "/" + rounds + " · " + d.industry() + " · " + d.id() + " —");
      s.out.println("Customer: “" + d.customerText() + "”");
      boolean answered = switch (mode) {
        case "summary" -> summary(d, s);
        case "boundary" -> boundary(d, s);
        default -> label(d, s);
      };
      if (!answered) {
        break;
      }
    }
    s.out.println();
    s.out.println(s.result(mode));
    return 0;
  }

  private boolean label(Drill d, Session s) throws IOException {
    String answer = null;
    while (answer == null) {
      String line = s.ask("Which emotion would you acknowledge first? (" + labels() + ")");
      if (line == null) {
        return false;
      }
      answer = emotion(line);
      if (answer == null) {
        s.out.println("  “" + line.strip() + "” is not one of the labels; try again.");
      }
    }
    Signals signals = empathy(d).analyze(d.customerText());
    boolean right = answer.equals(d.emotion());
    s.record(right ? 1 : 0);
    s.out.println(right ? "  ✓ Yes: " + d.emotion() + "." : "  ✗ You said " + answer + "; a support lead reads it as " + d.emotion() + ".");
    s.out.println("  The analyser heard: " + BotCommand.heard(signals));
    return true;
  }

  private boolean summary(Drill d, Session s) throws IOException {
    String line = s.ask("Restate the problem in one line (start with “you …”):");
    if (line == null) {
      return false;
    }
    Empathy empathy = empathy(d);
    Reply model = model(d, false);
    String summary = UserText.clean(line).isBlank() ? null : line.strip();
    if (summary == null) {
      s.out.println("  (no summary given)");
      s.record(0);
    } else {
      Review review = empathy.review(summary, ReviewContext.builder().customerText(d.customerText()).build());
      RubricScore score = review.rubric().get(Criterion.SUMMARY);
      double points = score == null ? 0 : score.score();
      s.record(points);
      s.out.printf(Locale.ROOT, "  Summary: %.0f/100. %s%n", points * 100, score == null ? "" : score.note());
    }
    model.block(BlockKind.SUMMARY).ifPresent(b -> s.out.println("  Model summary: " + b.text()));
    s.out.println("  Model reply (composed by the library):");
    s.out.println(indent(model.toPlainText()));
    return true;
  }

  private boolean boundary(Drill d, Session s) throws IOException {
    String line = s.ask("Your reply, in one line:");
    if (line == null) {
      return false;
    }
    if (UserText.clean(line).isBlank()) {
      s.out.println("  (no reply given)");
      s.record(0);
    } else {
      Review review = empathy(d).review(line, ReviewContext.builder().customerText(d.customerText()).build());
      s.record(review.score() / 100.0);
      s.out.println("  Score: " + review.score() + "/100");
      for (Criterion c : List.of(Criterion.VALIDATION, Criterion.DIGNITY)) {
        RubricScore r = review.rubric().get(c);
        if (r != null) {
          s.out.printf(Locale.ROOT, "  %s %.0f/100: %s%n", c.key(), r.score() * 100, r.note());
        }
      }
      for (FrictionFinding f : review.findings()) {
        s.out.println("  “" + f.text() + "”: " + f.reason() + (f.suggestion() == null || f.suggestion().isEmpty() ? "" : " Try: " + f.suggestion()));
      }
    }
    s.out.println("  Model reply (composed by the library):");
    s.out.println(indent(model(d, true).toPlainText()));
    return true;
  }

  /** The reply the library composes from the scenario's notes. */
  private Reply model(Drill d, boolean boundary) {
    ObjectNode input = d.compose().deepCopy();
    input.put("boundary", boundary || d.abusive());
    return ComposeRequest.parse(JsonInput.of(input)).compose(empathies);
  }

  private Empathy empathy(Drill d) {
    return empathies.get(d.locale(), Register.FORMAL, ZoneOffset.UTC, null);
  }

  /** The label the user meant: exact, or a unique prefix ("press" for pressed-for-time). */
  static String emotion(String typed) {
    String t = typed.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return null;
    }
    List<String> matches = Arrays.stream(Emotion.values()).map(Emotion::label).filter(l -> l.startsWith(t)).toList();
    if (matches.contains(t)) {
      return t;
    }
    return matches.size() == 1 ? matches.get(0) : null;
  }

  private static String labels() {
    return Arrays.stream(Emotion.values()).map(Emotion::label).collect(Collectors.joining(", "));
  }

  private static String indent(String text) {
    return text.lines().map(l -> "    " + l).collect(Collectors.joining("\n"));
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException(option + " must be a whole number but was \"" + value + "\"");
    }
  }

  /** The streams and the running score of one drill. */
  private static final class Session {
    final BufferedReader in;
    final PrintStream out;
    int rounds;
    double points;

    Session(BufferedReader in, PrintStream out) {
      this.in = in;
      this.out = out;
    }

    String ask(String prompt) throws IOException {
      out.println(prompt);
      out.print("> ");
      out.flush();
      String line = in.readLine();
      out.println();
      return line;
    }

    void record(double p) {
      rounds++;
      points += p;
    }

    String result(String mode) {
      if (rounds == 0) {
        return "No rounds answered.";
      }
      if (mode.equals("label")) {
        return "Score: " + (int) points + " of " + rounds + " labelled as a support lead would.";
      }
      return String.format(Locale.ROOT, "Average: %.0f/100 over %d %s.", 100 * points / rounds, rounds,
          rounds == 1 ? "round" : "rounds");
    }
  }
}
