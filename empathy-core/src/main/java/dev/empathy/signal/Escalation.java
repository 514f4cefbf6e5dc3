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
  /**
   * Validates the components and copies {@code signals}.
   *
   * @param level the overall level
   * @param signals the signals found, one per kind
   * @throws dev.empathy.InvalidInputException naming {@code level} when null
   */
  public Escalation {
    checkNotNull(level, "level");
    signals = ImmutableList.copyOf(signals);
  }

  /**
   * The signal of that kind, if one was found.
   *
   * @param kind the kind of signal
   * @return the signal, or empty when none of that kind was found
   */
  public Optional<EscalationSignal> signal(SignalKind kind) {
    return signals.stream().filter(s -> s.kind() == kind).findFirst();
  }

  /**
   * Whether a signal of {@code kind} was found.
   *
   * @param kind the kind of signal
   * @return true when one was found
   */
  public boolean has(SignalKind kind) {
    return signal(kind).isPresent();
  }
}
