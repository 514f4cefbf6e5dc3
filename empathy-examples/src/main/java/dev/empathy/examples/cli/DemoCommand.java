package dev.empathy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.empathy.InvalidInputException;
import dev.empathy.channel.Change;
import dev.empathy.channel.Length;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.examples.command.Command;
import dev.empathy.examples.command.Invocation;
import dev.empathy.examples.command.UsageException;
import dev.empathy.examples.json.EmpathyCache;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code demo} (also what {@code empathy-cli} does with no arguments): for each sample ticket,
 * the customer's message and the reply composed from the agent's notes, rendered for the ticket's
 * channel. It is a newcomer's first look at the library, so it reads like a support inbox, not a
 * log.
 *
 * <pre>{@code
 * java -jar empathy-examples/target/empathy-cli.jar                 # bundled tickets
 * java -jar empathy-examples/target/empathy-cli.jar demo my.jsonl   # your own
 * }</pre>
 *
 * <p>What is shown per ticket is the list {@link #SECTIONS}; adding the analysis or the review of
 * a draft is one method and one line there.
 */
final class DemoCommand implements Command {
  /** The bundled sample tickets, on the class path. */
  static final String TICKETS = "/demo/tickets.jsonl";

  /** One part of what the demo prints for a ticket. */
  @FunctionalInterface
  interface Section {
    void print(DemoTicket ticket, Terminal out);
  }

  /** What the demo shows for each ticket, in order. */
  private static final List<Section> SECTIONS =
      List.of(
          DemoCommand::customerMessage,
          DemoCommand::reply);

  private static final String INDENT = "    ";
  private static final Set<String> ACRONYMS = Set.of("html", "ssml", "dm", "sms", "url");

  private final EmpathyCache empathies = new EmpathyCache();

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "show replies composed for the bundled sample tickets (what runs with no arguments)";
  }

  @Override
  public String usage() {
    return """
        usage: empathy-cli [demo] [--no-color] [FILE]

        For each ticket, prints the customer's message and the reply the library composed from
        the agent's notes, rendered for the ticket's channel (chat bubbles, e-mail subject and
        body, SMS segments, …). FILE is JSON Lines in the compose input format plus "id",
        "industry" and "customerText"; without it, the bundled sample tickets are used.
        Colours are used on a terminal unless NO_COLOR is set or --no-color is given.
        """;
  }

  @Override
  public int run(Invocation io) throws IOException {
    boolean color = Terminal.wantsColor(io.terminal());
    Path file = null;
    for (String arg : io.args()) {
      if (arg.equals("--no-color")) {
        color = false;
      } else if (arg.equals("--color")) {
        color = true;
      } else if (arg.startsWith("-") || file != null) {
        throw new UsageException("unexpected argument \"" + arg + "\"");
      } else {
        file = path(arg);
      }
    }
    Terminal out = new Terminal(io.out(), color);
    List<String> lines = file == null ? bundledTickets() : read(file);
    intro(out, lines.stream().filter(l -> !l.isBlank()).count(), file);
    int failed = 0;
    int lineNumber = 0;
    for (String line : lines) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      DemoTicket ticket;
      try {
        ticket = DemoTicket.read(line, empathies);
      } catch (InvalidInputException e) {
        failed++;
        out.heading("line " + lineNumber);
        out.wrapped(INDENT, out.fail("Cannot compose this ticket: " + e.getMessage() + " (field " + e.field() + ")"));
        out.blank();
        continue;
      }
      out.heading(title(ticket));
      for (Section section : SECTIONS) {
        section.print(ticket, out);
      }
      out.blank();
    }
    outro(out);
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static void intro(Terminal out, long tickets, Path file) {
    out.line(out.bold("Empathy SDK demo"));
    out.wrapped(
        "",
        tickets
            + (file == null ? " sample support tickets" : " tickets from " + file)
            + ". For each one: what the customer wrote, then the reply the library composed from"
            + " the agent's notes (the feeling, a summary, the actions, a timeline) and rendered for"
            + " the ticket's channel. Phrases come from ICU MessageFormat phrasebooks, varied by"
            + " conversation and turn; nothing is generated by a model, and the same input always"
            + " gives the same reply.");
    out.blank();
  }

  private static void outro(Terminal out) {
    out.line(out.bold("Try your own"));
    out.line(INDENT + "echo '{\"customer\":\"Sam\",\"emotion\":\"anxious\",\"situation\":\"your missing parcel\","
        + "\"actions\":[\"I’ve opened a trace with the courier\"],\"timeline\":{\"within\":\"P2D\","
        + "\"businessDays\":true}}' \\");
    out.line(INDENT + "  | java -jar empathy-examples/target/empathy-cli.jar compose");
    out.line(INDENT + "java -jar empathy-examples/target/empathy-cli.jar --help   " + out.dim("# every command"));
  }

  private static String title(DemoTicket t) {
    List<String> parts = new ArrayList<>();
    if (!t.id().isEmpty()) {
      parts.add(t.id());
    }
    if (!t.industry().isEmpty()) {
      parts.add(t.industry());
    }
    String channel = t.input().path("channel").asText(t.rendered().channel());
    String flavor = t.input().path("flavor").asText("");
    parts.add(flavor.isEmpty() ? channel : channel + " (" + flavor + ")");
    return String.join(" · ", parts);
  }

  /** Who wrote, how the agent read the feeling, and the message itself. */
  static void customerMessage(DemoTicket t, Terminal out) {
    String who = t.reply().customerName().orElse("The customer");
    String feeling =
        t.reply().block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("emotion")).orElse("not given");
    out.line("  " + out.accent(who + " wrote") + out.dim("  (" + t.reply().requestedLocale().toLanguageTag()
        + "; the agent reads the feeling as " + feeling + ")"));
    if (t.customerText().isBlank()) {
      out.line(INDENT + out.dim("(no message in this ticket)"));
    } else {
      out.wrapped(INDENT + "“", INDENT + " ", t.customerText() + "”");
    }
    out.blank();
  }

  /** The reply as the ticket's channel would send it: extra fields, the parts, size and changes. */
  static void reply(DemoTicket t, Terminal out) {
    Rendered r = t.rendered();
    boolean ownFlavor = r.flavor().equals("text") || r.flavor().equals(r.channel());
    String flavor = ownFlavor ? "" : " (" + r.flavor() + ")";
    out.line("  " + out.accent("Reply") + out.dim("  " + r.channel() + flavor + ", " + t.reply().locale().toLanguageTag()));
    out.wrapped(INDENT + out.dim(pad("Blocks")), INDENT + pad(""), out.dim(blockOutline(t.reply().blocks())));
    t.note().ifPresent(n -> out.wrapped(INDENT, out.warn("Note: " + n)));
    r.fields().forEach((name, value) -> {
      if (value.equals(r.text())) {
        return; // e.g. the SSML of a voice reply, shown below as the text
      }
      String label = pad(label(name));
      if (value.length() <= 160 && !value.contains("\n")) {
        out.wrapped(INDENT + out.bold(label), INDENT + " ".repeat(label.length()), value);
      } else {
        out.line(INDENT + out.bold(label) + out.dim(value.length() + " characters (see the compose JSON)"));
      }
    });
    List<String> parts = r.parts();
    if (parts.size() <= 1) {
      out.wrapped(INDENT + out.dim("│ "), r.text());
    } else {
      for (int i = 0; i < parts.size(); i++) {
        out.line(INDENT + out.dim("┌ " + partLabel(r.channel(), i, parts.size())));
        out.wrapped(INDENT + out.dim("│ "), parts.get(i));
      }
    }
    out.line(INDENT + out.dim("└ " + size(r.length()) + (r.changes().isEmpty() ? " · nothing changed to fit" : "")));
    for (Change c : r.changes()) {
      out.wrapped(INDENT + "  " + out.dim("changed "), INDENT + "          ", out.dim(c.kind().label() + ": " + c.detail()));
    }
    for (String warning : r.warnings()) {
      out.wrapped(INDENT + out.warn("! "), INDENT + "  ", out.warn(warning));
    }
  }

  /** "greeting › acknowledgement › summary › action ×2 › timeline › …" */
  private static String blockOutline(List<Block> blocks) {
    Map<BlockKind, Integer> counts = new LinkedHashMap<>();
    for (Block b : blocks) {
      counts.merge(b.kind(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((kind, n) -> parts.add(kind.label() + (n > 1 ? " ×" + n : "")));
    return String.join(" › ", parts);
  }

  private static String partLabel(String channel, int index, int count) {
    String position = (index + 1) + " of " + count;
    return switch (channel) {
      case "chat" -> "bubble " + position;
      case "sms" -> "segment " + position;
      case "social" -> index == 0 ? "public reply" : "private message";
      default -> "part " + position;
    };
  }

  private static String size(Length length) {
    return length.value() + " " + length.unit() + (length.limit() == null ? ", no limit" : " of " + length.limit());
  }

  /** "unitsPerSegment" becomes "Units per segment"; "html" becomes "HTML". */
  private static String label(String fieldName) {
    if (ACRONYMS.contains(fieldName)) {
      return fieldName.toUpperCase(Locale.ROOT);
    }
    String spaced = fieldName.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    return capitalise(spaced);
  }

  /** The label followed by at least two spaces, in a column at least 11 wide. */
  private static String pad(String label) {
    return label + " ".repeat(Math.max(11, label.length() + 2) - label.length());
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<String> bundledTickets() throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(TICKETS)) {
      if (in == null) {
        throw new IllegalStateException("the bundled tickets " + TICKETS + " are missing from the jar");
      }
      return lines(in);
    }
  }

  private static List<String> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return lines(in);
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + file);
    }
  }

  private static List<String> lines(InputStream in) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        lines.add(lines.isEmpty() && l.startsWith("\uFEFF") ? l.substring(1) : l);
      }
      return lines;
    }
  }

  private static Path path(String arg) {
    try {
      return Path.of(arg);
    } catch (InvalidPathException e) {
      throw new UsageException("not a file name: " + arg);
    }
  }
}
