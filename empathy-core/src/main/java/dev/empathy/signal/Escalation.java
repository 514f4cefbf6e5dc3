package dev.empathy.signal;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * How hot a conversation is and why.
 *
 * <pre>{@code
 * Escalation e = empathy.analyze("Third time asking. Fix it or I'm cancelling.").escalation();
 * e.level();                              // HIGH
 * e.signal(SignalKind.REPEAT_CONTACT);    // Optional[EscalationSignal[...]]
 * }</pre>
 *
 * @param level the overall level
 * @param signals the signals found, one per kind, in the order of {@link SignalKind}
 */
public record Escalation(EscalationLevel level, List<EscalationSignal> signals) {
  public Escalation {
    checkNotNull(level, "level");
    signals = ImmutableList.copyOf(signals);
  }

  /** The signal of that kind, if one was found. */
  public Optional<EscalationSignal> signal(SignalKind kind) {
    return signals.stream().filter(s -> s.kind() == kind).findFirst();
  }

  /** True when a signal of that kind was found. */
  public boolean has(SignalKind kind) {
    return signal(kind).isPresent();
  }
}
