package dev.empathy.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.channel.Change;
import dev.empathy.channel.Length;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Block;
import dev.empathy.compose.Reply;
import dev.empathy.review.Criterion;
import dev.empathy.review.FrictionFinding;
import dev.empathy.review.Review;
import dev.empathy.review.RubricScore;
import dev.empathy.signal.EmotionFinding;
import dev.empathy.signal.EscalationSignal;
import dev.empathy.signal.Evidence;
import dev.empathy.signal.Signals;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The public JSON shapes of {@code compose}, {@code analyze} and {@code review}, in one place so
 * that the CLI, the agent-assist API, the bot and the batch QA all write exactly the same field
 * names.
 *
 * <pre>{@code
 * ObjectNode o = ContractJson.signals(empathy.analyze("I was charged twice!!!"));
 * }</pre>
 */
public final class ContractJson {
  private ContractJson() {}

  /**
   * {@code {"locale","language","primary","emotions":[…],"escalation":{…},"suggestion":{…}}}, plus
   * {@code "warnings":[…]} when there are any.
   */
  public static ObjectNode signals(Signals s) {
    ObjectNode o = StrictJson.object();
    o.put("locale", s.locale().toLanguageTag());
    o.put("language", s.language().toLanguageTag());
    o.put("primary", s.primary().label());
    ArrayNode emotions = o.putArray("emotions");
    for (EmotionFinding f : s.emotions()) {
      ObjectNode e = emotions.addObject();
      e.put("label", f.label().label());
      e.put("intensity", round(f.intensity()));
      evidence(e.putArray("evidence"), f.evidence());
    }
    ObjectNode escalation = o.putObject("escalation");
    escalation.put("level", s.escalation().level().label());
    ArrayNode signals = escalation.putArray("signals");
    for (EscalationSignal sig : s.escalation().signals()) {
      ObjectNode e = signals.addObject();
      e.put("kind", sig.kind().label());
      evidence(e.putArray("evidence"), sig.evidence());
    }
    ObjectNode suggestion = o.putObject("suggestion");
    suggestion.put("acknowledge", s.suggestion().acknowledge().label());
    suggestion.put("boundary", s.suggestion().boundary());
    suggestion.put("handoff", s.suggestion().handoff());
    if (!s.warnings().isEmpty()) {
      // Only when there is something to say (a language without a lexicon): older readers see the same fields.
      ArrayNode warnings = o.putArray("warnings");
      s.warnings().forEach(warnings::add);
    }
    return o;
  }

  /** {@code {"findings":[…],"rubric":{…},"score","notes":[…]}} plus the locale and coaching detail. */
  /** A caller's value inside an error message: at most 40 characters, controls shown as \\uXXXX. */
  public static String quoteForMessage(String value) {
    StringBuilder sb = new StringBuilder();
    value.codePoints().limit(40).forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return value.codePointCount(0, value.length()) > 40 ? sb + "…" : sb.toString();
  }

  /** At most this many findings are listed in a {@code review} answer (see {@code findingsOmitted}). */
  public static final int MAX_FINDINGS = 200;

  /** At most about this many characters of findings (text, reason, suggestion) in one answer. */
  public static final long MAX_FINDINGS_CHARS = 1L << 20;

  public static ObjectNode review(Review r) {
    ObjectNode o = StrictJson.object();
    ArrayNode findings = o.putArray("findings");
    long budget = MAX_FINDINGS_CHARS;
    int listed = 0;
    for (FrictionFinding f : r.findings()) {
      budget -= 200L + f.text().length() + f.reason().length() + (f.suggestion() == null ? 0 : f.suggestion().length());
      if (listed == MAX_FINDINGS || budget < 0) {
        // The output stays bounded whatever the draft: the rest is counted, not listed.
        o.put("findingsOmitted", r.findings().size() - listed);
        break;
      }
      listed++;
      findings.addObject()
          .put("rule", f.rule())
          .put("category", f.category().label())
          .put("severity", f.severity().label())
          .put("start", f.start())
          .put("end", f.end())
          .put("text", f.text())
          .put("reason", f.reason())
          .put("suggestion", f.suggestion());
    }
    ObjectNode rubric = o.putObject("rubric");
    ObjectNode coaching = StrictJson.object();
    for (Criterion c : Criterion.values()) {
      RubricScore score = r.rubric().get(c);
      if (score == null) {
        continue;
      }
      rubric.put(c.key(), round(score.score()));
      ObjectNode detail = coaching.putObject(c.key());
      detail.put("note", score.note());
      evidence(detail.putArray("evidence"), score.evidence());
    }
    o.put("score", r.score());
    o.put("empathyScore", r.empathyScore());
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
    o.put("locale", r.locale().toLanguageTag());
    o.set("coaching", coaching);
    return o;
  }

  /**
   * The UTF-8 line (with its line feed) of {@code {"id":id, …review(r)}} ({@code id} null: no
   * id), exactly as {@link StrictJson#writeLine} writes that tree, written without building it
   * (the tree of a review answer is a few dozen maps and nodes, a visible share of a batch's
   * time); null when a value cannot be written this way, and the tree must be.
   */
  public static byte[] reviewLine(JsonNode id, Review r) {
    FastJson.Utf8 out = FastJson.Utf8.open();
    out.ascii('{');
    if (id != null) {
      out.name("id");
      if (!out.node(id)) {
        out.line();
        return null;
      }
      out.ascii(',');
    }
    out.name("findings");
    out.ascii('[');
    long budget = MAX_FINDINGS_CHARS;
    int listed = 0;
    int omitted = -1;
    for (FrictionFinding f : r.findings()) {
      budget -= 200L + f.text().length() + f.reason().length() + (f.suggestion() == null ? 0 : f.suggestion().length());
      if (listed == MAX_FINDINGS || budget < 0) {
        omitted = r.findings().size() - listed;
        break;
      }
      if (listed > 0) {
        out.ascii(',');
      }
      listed++;
      finding(out, f);
    }
    out.ascii(']');
    if (omitted >= 0) {
      out.ascii(',');
      out.name("findingsOmitted");
      out.integer(omitted);
    }
    out.ascii(',');
    out.name("rubric");
    out.ascii('{');
    boolean first = true;
    for (Criterion c : Criterion.values()) {
      RubricScore score = r.rubric().get(c);
      if (score == null) {
        continue;
      }
      if (!first) {
        out.ascii(',');
      }
      first = false;
      out.name(c.key());
      if (!out.decimal(round(score.score()))) {
        out.line();
        return null;
      }
    }
    out.ascii('}');
    out.ascii(',');
    out.name("score");
    out.integer(r.score());
    out.ascii(',');
    out.name("empathyScore");
    out.integer(r.empathyScore());
    out.ascii(',');
    out.name("notes");
    out.ascii('[');
    first = true;
    for (String note : r.notes()) {
      if (!first) {
        out.ascii(',');
      }
      first = false;
      out.stringOrNull(note);
    }
    out.ascii(']');
    out.ascii(',');
    out.name("locale");
    out.string(r.locale().toLanguageTag());
    out.ascii(',');
    out.name("coaching");
    out.ascii('{');
    first = true;
    for (Criterion c : Criterion.values()) {
      RubricScore score = r.rubric().get(c);
      if (score == null) {
        continue;
      }
      if (!first) {
        out.ascii(',');
      }
      first = false;
      out.name(c.key());
      out.ascii('{');
      out.name("note");
      out.stringOrNull(score.note());
      out.ascii(',');
      out.name("evidence");
      evidence(out, score.evidence());
      out.ascii('}');
    }
    out.ascii('}');
    out.ascii('}');
    return out.line();
  }

  private static void finding(FastJson.Utf8 out, FrictionFinding f) {
    out.ascii('{');
    out.name("rule");
    out.stringOrNull(f.rule());
    out.ascii(',');
    out.name("category");
    out.stringOrNull(f.category().label());
    out.ascii(',');
    out.name("severity");
    out.stringOrNull(f.severity().label());
    out.ascii(',');
    out.name("start");
    out.integer(f.start());
    out.ascii(',');
    out.name("end");
    out.integer(f.end());
    out.ascii(',');
    out.name("text");
    out.stringOrNull(f.text());
    out.ascii(',');
    out.name("reason");
    out.stringOrNull(f.reason());
    out.ascii(',');
    out.name("suggestion");
    out.stringOrNull(f.suggestion());
    out.ascii('}');
  }

  private static void evidence(FastJson.Utf8 out, List<Evidence> evidence) {
    out.ascii('[');
    boolean first = true;
    for (Evidence e : evidence) {
      if (!first) {
        out.ascii(',');
      }
      first = false;
      out.ascii('{');
      out.name("start");
      out.integer(e.start());
      out.ascii(',');
      out.name("end");
      out.integer(e.end());
      out.ascii(',');
      out.name("text");
      out.stringOrNull(e.text());
      out.ascii('}');
    }
    out.ascii(']');
  }

  /**
   * The compose output object for a rendered reply. Also the format of every suggestion other
   * commands return (the agent-assist API, the bot). The CLI's {@code compose} command writes it.
   *
   * @param inputWarnings warnings about the input itself, appended after the reply's and the
   *     channel's own
   */
  public static ObjectNode reply(Reply reply, Rendered rendered, List<String> inputWarnings) {
    ObjectNode o = StrictJson.object();
    o.put("channel", rendered.channel());
    o.put("flavor", rendered.flavor());
    o.put("locale", reply.locale().toLanguageTag());
    o.put("text", rendered.text());
    ArrayNode parts = o.putArray("parts");
    rendered.parts().forEach(parts::add);
    ArrayNode blocks = o.putArray("blocks");
    for (Block b : reply.blocks()) {
      blocks.addObject().put("kind", b.kind().label()).put("text", b.text());
    }
    Length length = rendered.length();
    ObjectNode size = o.putObject("length");
    size.put("unit", length.unit());
    size.put("value", length.value());
    if (length.limit() == null) {
      size.putNull("limit");
    } else {
      size.put("limit", length.limit().intValue());
    }
    ArrayNode changes = o.putArray("changes");
    for (Change c : rendered.changes()) {
      changes.addObject().put("kind", c.kind().label()).put("detail", c.detail());
    }
    // A channel may or may not repeat the reply's warnings; list each once, in order.
    Set<String> warnings = new LinkedHashSet<>(reply.warnings());
    warnings.addAll(rendered.warnings());
    warnings.addAll(inputWarnings);
    if (rendered.text().isBlank() || rendered.parts().stream().anyMatch(String::isBlank)) {
      // A limit so small that nothing fits must never pass for a reply.
      warnings.add(
          "the " + rendered.channel() + " rendering is empty: nothing fits in "
              + (length.limit() == null ? "the limit" : length.limit() + " " + length.unit()) + "; raise \"limit\" or use \"overflow\":\"split\"");
    }
    ArrayNode w = o.putArray("warnings");
    warnings.forEach(w::add);
    if (rendered.channel().equals("email")) {
      ObjectNode email = o.putObject("email");
      for (String field : List.of("subject", "preheader", "html")) {
        email.put(field, rendered.field(field).orElse(null));
      }
    }
    return o;
  }

  private static void evidence(ArrayNode out, List<Evidence> evidence) {
    for (Evidence e : evidence) {
      out.addObject().put("start", e.start()).put("end", e.end()).put("text", e.text());
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
