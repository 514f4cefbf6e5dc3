package dev.empathy.examples.bot;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.examples.command.Command;
import dev.empathy.examples.command.Invocation;
import dev.empathy.examples.command.UsageException;
import dev.empathy.signal.EmotionFinding;
import dev.empathy.signal.Evidence;
import dev.empathy.signal.Signals;
import dev.empathy.text.UserText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code bot}: a console chat bot. Each customer line is analysed and answered with a chat reply;
 * the conversation id and turn keep the phrasing fresh from one reply to the next.
 *
 * <pre>{@code
 * java -jar empathy-cli.jar bot                                  # type as the customer
 * java -jar empathy-cli.jar bot --script bot/script.txt          # replay a conversation
 * }</pre>
 */
public final class BotCommand implements Command {
  @Override
  public String name() {
    return "bot";
  }

  @Override
  public String summary() {
    return "a console chat bot that answers each customer line without repeating itself";
  }

  @Override
  public String usage() {
    return """
        usage: empathy-cli bot [--script FILE] [--locale en-US] [--conversation ID]

        Reads customer lines (from FILE, or stdin when there is no --script), one message per
        line, and answers each with a chat reply. Each turn shows what the analyser heard (the
        primary emotion, its evidence, the escalation level) and the bot's bubbles. The reply
        acknowledges the feeling, sets a respectful boundary when the line attacks people, and
        leaves a marked slot for the action: the bot never invents a resolution.
        The conversation id (random unless given) and the turn choose the phrase variants, so
        consecutive replies never repeat an acknowledgement. Blank lines are skipped.
        """;
  }

  @Override
  public int run(Invocation io) throws IOException {
    Path script = null;
    String locale = "en-US";
    String conversation = UUID.randomUUID().toString();
    List<String> args = io.args();
    for (int i = 0; i < args.size(); i += 2) {
      String arg = args.get(i);
      if (i + 1 >= args.size()) {
        throw new UsageException("\"" + arg + "\" needs a value");
      }
      String value = args.get(i + 1);
      switch (arg) {
        case "--script" -> script = Path.of(value);
        case "--locale" -> locale = value;
        case "--conversation" -> conversation = value;
        default -> throw new UsageException("unexpected argument \"" + arg + "\"");
      }
    }
    Empathy empathy;
    try {
      empathy = Empathy.builder().locale(locale).build();
    } catch (InvalidInputException e) {
      throw new UsageException("--locale: " + e.getMessage());
    }
    ChatBot bot = new ChatBot(empathy, conversation);
    PrintStream out = dev.empathy.examples.command.TerminalText.printStream(io.out());
    out.println("conversation " + bot.conversationId());
    try (BufferedReader in = new BufferedReader(reader(script, io))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (UserText.clean(line).isBlank()) { // nothing the library could read
          continue;
        }
        ChatBot.Turn turn = bot.answer(line);
        out.println();
        out.println("customer  › " + line);
        out.println("  heard   · " + heard(turn.signals()));
        for (String bubble : turn.bubbles()) {
          out.println("bot       › " + bubble.replace("\n", "\n            "));
        }
      }
    }
    out.flush();
    return 0;
  }

  private static Reader reader(Path script, Invocation io) throws IOException {
    if (script == null) {
      return new InputStreamReader(io.in(), UTF_8);
    }
    try {
      return Files.newBufferedReader(script, UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("--script: no such file " + script);
    }
  }

  /** "frustrated (“THIRD”, “!!”), escalation medium, boundary". */
  public static String heard(Signals s) {
    StringBuilder sb = new StringBuilder(s.primary().label());
    s.emotions().stream()
        .filter(f -> f.label() == s.primary())
        .findFirst()
        .map(EmotionFinding::evidence)
        .filter(e -> !e.isEmpty())
        .ifPresent(e -> sb.append(" (").append(quoted(e)).append(')'));
    sb.append(", escalation ").append(s.escalation().level().label());
    if (s.suggestion().boundary()) {
      sb.append(", boundary");
    }
    if (s.suggestion().handoff()) {
      sb.append(", hand off to a person");
    }
    return sb.toString();
  }

  private static String quoted(List<Evidence> evidence) {
    return evidence.stream().limit(3).map(e -> "“" + e.text() + "”").collect(Collectors.joining(", "));
  }
}
