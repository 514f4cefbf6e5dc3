import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, varied corpus of {@code analyze} requests (JSON Lines) for the before/after check
 * of {@code analyze-same-answers.sh}: the project's own customer messages (evaluation sets, review
 * scenarios, the benchmark corpus) in every language they come in, each read with its own locale and
 * with others; messages built from every lexicon, clause and situation phrase of every language
 * (wildcards and numbers filled in, alternatives picked at random), so that every cue fires somewhere;
 * the same pieces mixed into long messages (10 KB to 300 KB) with quoted history, signatures, markup,
 * URLs, @handles, hashtags, capitals, stretched words and emoji; and text no customer writes (ZWJ
 * emoji, combining marks, RTL, controls, unpaired surrogates, HTML entities). Deterministic for a seed.
 *
 * <pre>{@code
 * java -cp empathy-examples/target/empathy-cli.jar empathy-benchmarks/scripts/AnalyzeCorpus.java . 20000 7 > in.jsonl
 * }</pre>
 */
public class AnalyzeCorpus {
  static final String[] LOCALES = {"en", "en-GB", "es", "fr", "de", "pt-BR", "ja", "it", "nl"};
  static final String[] LEXICONS = {"en", "es", "fr", "de", "pt_BR", "ja", "common", "more"};
  static final String[] NOISE = {
    "\u200D", "👨\u200D👩\u200D👧", "e\u0301", "\u0627\u0644\u0633\u0644\u0627\u0645", "\u202E", "\u0000", "\u0007", "\uD83D", "\uDE00",
    "&#39;", "&amp;", "<br>", "<b>", "&nbsp;", "🙁", "😂", "🤬", "👍🏽", "🇫🇷", ":(", ":-)", ";)", "xD", "\t", "\r\n", "\u00A0", "…", "’", "—"
  };
  static final String[] GLUE = {
    " ", ". ", "! ", "? ", "!!! ", "?! ", ", ", "... ", "\n", "\n\n", " lol ", " haha ", " but ", " and ", " because ", " 😡 ", " 🙏 ",
    " @AcmeAir ", " #NotHappy ", " #fail ", " https://example.com/a?b=1 ", " dana@example.com ", " (order #4471) ", " - ", " ; "
  };
  static final String[] BLOCKS = {
    "\n> On Mon, Dec 1, 2026 at 10:02 AM Support <help@acme.com> wrote:\n> We apologize for any inconvenience.\n> Cancel anytime.\n",
    "\n--\nDana Whitaker\nSent from my iPhone\n",
    "\n-----Original Message-----\nFrom: Support\nSubject: Re: refund\nI'm furious, cancel now\n",
    "<p>Hello,<br>I&#39;m still waiting &amp; nobody answers</p>",
  };

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
    Random rnd = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7);
    ObjectMapper json = new ObjectMapper();
    List<String[]> messages = new ArrayList<>(); // {text, locale}
    Path core = root.resolve("empathy-core/src/test/resources/dev/empathy");
    for (String set : List.of("signal/eval-set.jsonl", "signal/eval-blind.jsonl", "signal/eval-blind2.jsonl")) {
      for (String line : Files.readAllLines(core.resolve(set), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          messages.add(new String[] {n.get("text").asText(), n.path("locale").asText("en")});
        }
      }
    }
    for (String set : List.of("review/drafts.jsonl", "review/drafts-blind.jsonl", "review/drafts-wild.jsonl", "review/replies-brand.jsonl")) {
      for (String line : Files.readAllLines(core.resolve(set), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          String locale = n.path("locale").asText("en");
          for (String field : List.of("customerText", "text")) {
            if (n.hasNonNull(field) && !n.get(field).asText().isBlank()) {
              messages.add(new String[] {n.get(field).asText(), locale});
            }
          }
        }
      }
    }
    for (String line : Files.readAllLines(
        root.resolve("empathy-benchmarks/src/main/resources/dev/empathy/benchmarks/signals-corpus.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        messages.add(new String[] {line, "en"});
      }
    }
    List<String[]> phrases = new ArrayList<>(); // {phrase filled in, locale}
    Path data = root.resolve("empathy-core/src/main/resources/dev/empathy/signal");
    for (String tag : LEXICONS) {
      String locale = tag.equals("common") || tag.equals("more") ? "en" : tag.replace('_', '-');
      for (String file : List.of("lexicon_", "clauses_", "situation_", "threats_", "clause-words_")) {
        Path p = data.resolve(file + tag + ".tsv");
        if (!Files.exists(p)) {
          continue;
        }
        for (String row : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          String[] f = row.split("\t");
          if (row.isBlank() || row.startsWith("#") || row.startsWith("@") || f.length < 2) {
            continue;
          }
          phrases.add(new String[] {fill(f[1], rnd), locale});
        }
      }
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int id = 0;
    // 1. every message as it came, with its own locale, then with another
    for (String[] m : messages) {
      write(out, json, id++, m[0], m[1]);
      write(out, json, id++, m[0], LOCALES[rnd.nextInt(LOCALES.length)]);
    }
    // 2. every phrase of every language, inside a short message of its language
    for (int i = 0; i < phrases.size(); i++) {
      String[] p = phrases.get(i);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
        String[] q = k == 0 ? p : sameLocale(phrases, p[1], rnd);
        sb.append(k == 0 ? "" : GLUE[rnd.nextInt(GLUE.length)]).append(maybeShout(q[0], rnd));
      }
      write(out, json, id++, sb.toString(), rnd.nextInt(5) == 0 ? LOCALES[rnd.nextInt(LOCALES.length)] : p[1]);
    }
    // 3. mixtures, some long, until the count is reached
    while (id < count) {
      int size = rnd.nextInt(50) == 0 ? 10_000 + rnd.nextInt(300_000) : rnd.nextInt(4) == 0 ? 1_000 + rnd.nextInt(5_000) : 20 + rnd.nextInt(400);
      String locale = LOCALES[rnd.nextInt(LOCALES.length)];
      StringBuilder sb = new StringBuilder();
      while (sb.length() < size) {
        int pick = rnd.nextInt(20);
        if (pick < 8) {
          sb.append(messages.get(rnd.nextInt(messages.size()))[0]);
        } else if (pick < 16) {
          sb.append(maybeShout(phrases.get(rnd.nextInt(phrases.size()))[0], rnd));
        } else if (pick < 19) {
          sb.append(NOISE[rnd.nextInt(NOISE.length)]);
        } else {
          sb.append(BLOCKS[rnd.nextInt(BLOCKS.length)]);
        }
        sb.append(GLUE[rnd.nextInt(GLUE.length)]);
        if (rnd.nextInt(30) == 0) {
          sb.append("!".repeat(1 + rnd.nextInt(8))).append("so".repeat(1)).append("o".repeat(rnd.nextInt(9))).append(' ');
        }
      }
      String text = sb.toString();
      if (text.isBlank()) {
        text = "help";
      }
      write(out, json, id++, text, locale);
    }
    out.flush();
  }

  /** A lexicon phrase as a customer might type it: "#" a number, "*" a word, "a|b" one of them, "x?" sometimes. */
  static String fill(String phrase, Random rnd) {
    StringBuilder sb = new StringBuilder();
    for (String chunk : phrase.strip().split("\\s+")) {
      if (chunk.length() > 1 && chunk.endsWith("?")) {
        if (rnd.nextBoolean()) {
          continue;
        }
        chunk = chunk.substring(0, chunk.length() - 1);
      }
      String[] alts = chunk.split("\\|");
      String w = alts[rnd.nextInt(alts.length)];
      if (w.equals("*")) {
        w = new String[] {"the", "my", "your", "it", "really", "order", "🙄"}[rnd.nextInt(7)];
      } else if (w.startsWith("#") && w.length() > 1 && Character.isLetter(w.charAt(1))) {
        w = (1 + rnd.nextInt(30)) + w.substring(1);
      } else if (w.equals("#")) {
        w = Integer.toString(1 + rnd.nextInt(400));
      }
      sb.append(sb.length() == 0 ? "" : " ").append(w);
    }
    return sb.toString();
  }

  static String maybeShout(String s, Random rnd) {
    return switch (rnd.nextInt(12)) {
      case 0 -> s.toUpperCase(java.util.Locale.ROOT);
      case 1 -> Character.toUpperCase(s.isEmpty() ? ' ' : s.charAt(0)) + (s.isEmpty() ? "" : s.substring(1)) + "!!";
      default -> s;
    };
  }

  static String[] sameLocale(List<String[]> phrases, String locale, Random rnd) {
    for (int tries = 0; tries < 50; tries++) {
      String[] q = phrases.get(rnd.nextInt(phrases.size()));
      if (q[1].equals(locale)) {
        return q;
      }
    }
    return phrases.get(rnd.nextInt(phrases.size()));
  }

  static void write(PrintStream out, ObjectMapper json, int id, String text, String locale) throws IOException {
    ObjectNode n = json.createObjectNode();
    n.put("id", id);
    n.put("locale", locale);
    n.put("text", text);
    out.println(json.writeValueAsString(n));
  }
}
