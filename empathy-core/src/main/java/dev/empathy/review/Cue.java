package dev.empathy.review;

/** What a phrase in the one-pass matcher stands for. */
sealed interface Cue permits Cue.Rule, Cue.WordClass, Cue.Quote, Cue.Rubric, Cue.Except {
  /** A friction rule's phrase. */
  record Rule(FrictionRule rule) implements Cue {}

  /** A member of a word class such as {@code @time}. */
  record WordClass(String name) implements Cue {}

  /** A lead-in such as "you said": the rest of the sentence quotes the customer. */
  record Quote() implements Cue {}

  /** A rubric cue such as {@code validation} or {@code followup}. */
  record Rubric(String kind) implements Cue {}

  /**
   * A phrase plus the word before or after it that makes it harmless ("I just", "just now"):
   * where it matches, the cue of {@code owner} (a rule or a rubric kind) inside it is dropped.
   * Compiled from the data's {@code not-after} and {@code not-before} lists, so context costs
   * nothing where the phrase does not occur.
   */
  record Except(Object owner) implements Cue {}
}
