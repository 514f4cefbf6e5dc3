package dev.empathy.examples.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.examples.cli.CliRun;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The drills, driven by scripted answers on stdin. */
class DrillTest {
  private static final List<Drill> ALL = Drill.bundled();

  @Test
  void theScenarioFileCoversSixIndustriesAndEveryEmotionIsAKnownLabel() {
    assertTrue(ALL.size() >= 40, "at least 40 scenarios, got " + ALL.size());
    Set<String> industries = ALL.stream().map(Drill::industry).collect(Collectors.toSet());
    assertEquals(Set.of("retail", "banking", "telecoms", "travel", "saas", "healthcare-billing"), industries);
    ALL.forEach(d -> Emotion.fromLabel(d.emotion()));
    for (int i = 1; i < ALL.size(); i++) {
      assertTrue(!ALL.get(i).industry().equals(ALL.get(i - 1).industry()), "industries rotate at " + ALL.get(i).id());
    }
  }

  @Test
  void theLabellingSprintScoresAgainstTheLeadsLabelsAndShowsTheAnalyser() {
    String wrong = ALL.get(2).emotion().equals("sad") ? "grateful" : "sad";
    String answers = ALL.get(0).emotion() + "\n" + ALL.get(1).emotion() + "\n" + wrong + "\n";

    CliRun run = CliRun.of(answers, "drill", "label", "--rounds", "3", "--from", "0");

    assertEquals(0, run.exitCode(), run.stderr());
    String out = run.out();
    for (int i = 0; i < 3; i++) {
      assertTrue(out.contains(ALL.get(i).customerText()), ALL.get(i).id());
    }
    assertTrue(out.contains("You said " + wrong + "; a support lead reads it as " + ALL.get(2).emotion()), out);
    assertEquals(3, out.split("The analyser heard: ", -1).length - 1, out);
    assertTrue(out.contains("Score: 2 of 3"), out);
  }

  @Test
  void anUnknownLabelIsAskedAgainAndAPrefixIsEnough() {
    Drill travel = ALL.stream().filter(d -> d.emotion().equals("pressed-for-time")).findFirst().orElseThrow();

    CliRun run = CliRun.of("hungry\npress\n", "drill", "label", "--rounds", "1", "--from", "" + ALL.indexOf(travel));

    assertTrue(run.out().contains("“hungry” is not one of the labels"), run.out());
    assertTrue(run.out().contains("Score: 1 of 1"), run.out());
  }

  @Test
  void theSprintEndsAtEndOfInputWithTheScoreSoFar() {
    CliRun run = CliRun.of(ALL.get(0).emotion() + "\n", "drill", "label", "--rounds", "5", "--from", "0");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Score: 1 of 1"), run.out());
  }

  @Test
  void summaryPracticeGivesRubricFeedbackAndTheLibrarysModelReply() {
    Drill d = ALL.get(0);
    String modelSummary = d.compose().get("summary").asText();

    CliRun good = CliRun.of(modelSummary + "\n", "drill", "summary", "--rounds", "1", "--from", "0");
    CliRun poor = CliRun.of("ok\n", "drill", "summary", "--rounds", "1", "--from", "0");

    assertTrue(good.out().contains("Model reply (composed by the library)"), good.out());
    assertTrue(good.out().contains(d.compose().get("actions").get(0).asText().substring(4)), good.out());
    assertTrue(average(good.out()) > average(poor.out()), good.out() + "\n---\n" + poor.out());
  }

  @Test
  void boundaryScriptsUseAbusiveScenariosAndModelARespectfulLimit() {
    CliRun run = CliRun.of("Calm down, there's nothing I can do.\n", "drill", "boundary", "--rounds", "1", "--from", "0");

    Drill first = ALL.stream().filter(Drill::abusive).findFirst().orElseThrow();
    String out = run.out();
    assertTrue(out.contains(first.customerText()), out);
    assertTrue(out.contains("“Calm down”"), "the friction is shown: " + out);
    assertTrue(out.toLowerCase().contains("respectful") || out.toLowerCase().contains("civil"),
        "the model reply sets a boundary: " + out);
  }

  private static int average(String out) {
    String line = out.lines().filter(l -> l.startsWith("Average: ")).findFirst().orElseThrow();
    return Integer.parseInt(line.substring("Average: ".length(), line.indexOf('/')));
  }
}
