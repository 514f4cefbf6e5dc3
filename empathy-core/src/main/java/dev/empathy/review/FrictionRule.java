package dev.empathy.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.regex.Pattern;

/**
 * One compiled friction rule, read from data ({@code replacement} is set only for a team's banned
 * phrase: it is inserted into the rewrite as a value, never read as a template). The context lists name word classes (a rule's own
 * inline word lists become classes named {@code <id>#after} and {@code <id>#before}).
 */
record FrictionRule(
    String id,
    FrictionCategory category,
    Severity severity,
    String reason,
    String rewrite,
    String replacement,
    ImmutableMap<String, String> rewriteByClass,
    ImmutableList<String> notAfter,
    ImmutableList<String> notBefore,
    ImmutableList<String> unless,
    ImmutableList<String> raiseIf,
    ImmutableList<String> lowerIf,
    Pattern token) {

  FrictionRule withSeverity(Severity s) {
    return new FrictionRule(id, category, s, reason, rewrite, replacement, rewriteByClass, notAfter, notBefore, unless, raiseIf, lowerIf, token);
  }
}
