package dev.empathy;

import java.util.Locale;

/** {@link EmpathyObserver#none()}. */
enum NoObserver implements EmpathyObserver {
  INSTANCE;

  @Override
  public void timed(Operation operation, Locale locale, long nanos, boolean failed) {}
}
