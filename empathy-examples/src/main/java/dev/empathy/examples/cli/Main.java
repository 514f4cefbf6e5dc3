package dev.empathy.examples.cli;

/** Placeholder entry point; the CLI is built in issue 2. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("empathy-cli");
  }
}
