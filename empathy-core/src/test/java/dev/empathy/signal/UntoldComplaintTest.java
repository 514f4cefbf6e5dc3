package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Complaints tweeted at a brand that name no feeling and no wait word (session 9): an act done to
 * the customer with the @handle as its subject, a wait told by what it took, a rating by its
 * count, a hope given up, a wish for what did not happen; and the same words where they tell of
 * nothing wrong (the speaker's own act, time to spare, thanks, a polite request, tears of joy).
 */
class UntoldComplaintTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);
  private static final Set<Emotion> NOT_NEGATIVE = Set.of(Emotion.NEUTRAL, Emotion.GRATEFUL, Emotion.CONFUSED);

  private static Emotion primary(String text) {
    return EN.analyze(text).primary();
  }

  private static void negative(String text) {
    Emotion e = primary(text);
    assertTrue(!NOT_NEGATIVE.contains(e), text + " read as " + e);
  }

  private static void notNegative(String text) {
    Emotion e = primary(text);
    assertTrue(NOT_NEGATIVE.contains(e), text + " read as " + e);
  }

  @Test
  void anActDoneToTheCustomerIsAFailure() {
    negative("@delta gave away my seat");
    negative("@AirlineX bumped me off my flight to Denver");
    negative("@united downgraded our seats without asking");
    negative("@hotel booted us from the room at 6am");
    negative("@SomeAir we got bumped");
    negative("and then my bag got lost");
    negative("the agent hung up on me");
    negative("we were lied to at the gate");
    // The speaker's own act, a supposition and a question tell of nothing wrong.
    notNegative("I gave away my ticket to a friend");
    notNegative("if they bump me can I get a voucher?");
    notNegative("will the crew be given away a prize?");
  }

  @Test
  void aWaitIsToldByWhatItTook() {
    negative("@united over an hour to get our bags at baggage claim");
    negative("nearly 2 weeks to get a refund");
    negative("@JetBlue it took 45 minutes to board");
    negative("@SouthwestAir delayed flight turned into 9 hours");
    // Time to spare, or ahead, is no wait.
    notNegative("I have over an hour to make my connection");
    notNegative("landed with over an hour to spare, great crew");
    notNegative("over an hour to go, any food on board?");
  }

  @Test
  void aWaitSatOutIsNamedBeforeItsDuration() {
    negative("sitting on the tarmac for 2 hours");
    negative("@AmericanAir love sitting on the tarmac for 2 hours");
    negative("stuck at the gate for 3 hours");
    negative("@delta another cancellation");
    notNegative("at the airport for a meeting, any lounge?");
  }

  @Test
  void aRatingIsReadByItsCount() {
    negative("@united 1 star");
    negative("0 stars, would not fly again");
    negative("I'd give them zero stars if I could");
    assertEquals(Emotion.GRATEFUL, primary("5 stars for the crew on 1432!"));
    assertEquals(Emotion.GRATEFUL, primary("five stars, will book again"));
    // Neither a middling count nor a star that rates nothing is praise.
    assertNotEquals(Emotion.GRATEFUL, primary("booked through Star Alliance partner"));
    assertNotEquals(Emotion.GRATEFUL, primary("3 stars"));
    assertEquals(Emotion.GRATEFUL, primary("you're a star, thank you"));
  }

  @Test
  void aHopeGivenUpIsNotThanks() {
    negative("@AmericanAir so much for on time");
    negative("well, so much for customer service");
    assertEquals(Emotion.GRATEFUL, primary("thanks so much for the help"));
    assertEquals(Emotion.GRATEFUL, primary("thank you so much for getting us home"));
  }

  @Test
  void aWishForWhatDidNotHappenIsNoPraise() {
    negative("@USAirways would be nice to get a response");
    negative("would have been great to know before we got to the airport");
    notNegative("would be nice if you could DM me the details");
    notNegative("that would be awesome!");
    assertNotEquals(Emotion.GRATEFUL, primary("it would be nice to get a response"));
  }

  @Test
  void tearsOfJoyAreNoGrief() {
    assertEquals(Emotion.GRATEFUL, primary("my mom cried tears of joy when she saw the upgrade"));
    assertEquals(Emotion.GRATEFUL, primary("crying happy tears, just got home"));
    assertEquals(Emotion.SAD, primary("I was in tears at the gate"));
    // Tears beside joy in one sentence; beside a loss, or in another sentence than the joy, grief stays.
    assertEquals(Emotion.GRATEFUL, primary("the lady next to me is crying because she's so happy to see her son"));
    assertEquals(Emotion.SAD, primary("I cried all night, my bag is gone"));
    // with nothing gone wrong, tears beside praise or a word of joy anywhere are of joy (session 22)
    assertEquals(Emotion.GRATEFUL, primary("omg @SnackBox the new flavor is so good im literally crying 😭😭"));
    assertEquals(Emotion.GRATEFUL, primary("@ShopMart u guys restocked the oat milk. i could cry. thank u"));
    assertEquals(Emotion.SAD, primary("@AirCo you lost my bag and i could cry. thanks a lot"));
    assertNotEquals(Emotion.GRATEFUL, primary("I was crying at the gate. Glad that is over but never again"));
  }

  /** A low count of stars opening a message is never read as praise, whatever mark or handle follows it. */
  @Property(tries = 200)
  void aLowRatingIsNeverPraise(@ForAll("lowCounts") String count, @ForAll("stars") String star, @ForAll("tails") String tail) {
    String text = count + " " + star + tail;
    Emotion e = primary(text);
    if (e == Emotion.GRATEFUL) {
      throw new AssertionError(text + " read as praise");
    }
  }

  @Provide
  Arbitrary<String> lowCounts() {
    return Arbitraries.of("0", "1", "2", "zero", "Zero", "ONE", "one", "two", "no");
  }

  @Provide
  Arbitrary<String> stars() {
    return Arbitraries.of("star", "stars", "STARS", "Star");
  }

  @Provide
  Arbitrary<String> tails() {
    return Arbitraries.of("", ".", "!!!", " 😡", " \u200D", " for @united", ", never again", " e\u0301", " \u202Eabc", " 🤦🏽‍♀️");
  }
}
