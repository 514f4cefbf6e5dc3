package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import dev.empathy.channels.Conformance;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code conformance/twitter-text-validate.yml}, a test resource read at run time: the X weighted length
 * the social channel measures must be X's own. The emoji-discounted section is X's current
 * counting and is run through {@link SocialChannel#weighted}; the older section (emoji weighed by
 * their code points) pins that the channel did not pick that configuration by mistake. The
 * oracle's {@code tweets} section checks the retired 140-character rule and is not used.
 */
class TwitterTextConformanceTest {

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> section(String name) throws IOException {
    LoaderOptions opts = new LoaderOptions();
    opts.setCodePointLimit(16 * 1024 * 1024);
    try (Reader r = Files.newBufferedReader(Conformance.file("twitter-text-validate.yml"), StandardCharsets.UTF_8)) {
      Map<String, Object> root = new Yaml(opts).load(r);
      Map<String, Object> tests = (Map<String, Object>) root.get("tests");
      List<Map<String, Object>> cases = (List<Map<String, Object>>) tests.get(name);
      assertFalse(cases == null || cases.isEmpty(), "section " + name + " is missing from the oracle");
      return cases;
    }
  }

  private static Stream<Arguments> named(String section) throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Map<String, Object> c : section(section)) {
      out.add(Arguments.of(Named.of(String.valueOf(c.get("description")), c)));
    }
    return out.stream();
  }

  static Stream<Arguments> discounted() throws IOException {
    return Stream.concat(named("WeightedTweetsWithDiscountedEmojiCounterTest"), named("UnicodeDirectionalMarkerCounterTest"));
  }

  static Stream<Arguments> undiscounted() throws IOException {
    return named("WeightedTweetsCounterTest");
  }

  @ParameterizedTest
  @MethodSource("discounted")
  @SuppressWarnings("unchecked")
  void socialChannelCountsLikeX(Map<String, Object> c) {
    String text = String.valueOf(c.get("text"));
    Map<String, Object> expected = (Map<String, Object>) c.get("expected");
    assertEquals(((Number) expected.get("weightedLength")).intValue(), SocialChannel.weighted(text), "weightedLength");
    TwitterTextParseResults r = TwitterTextParser.parseTweet(text);
    assertEquals(expected.get("valid"), r.isValid, "valid");
    assertEquals(((Number) expected.get("permillage")).intValue(), r.permillage, "permillage");
  }

  @ParameterizedTest
  @MethodSource("undiscounted")
  @SuppressWarnings("unchecked")
  void olderConfigurationCountsEmojiByCodePoints(Map<String, Object> c) {
    String text = String.valueOf(c.get("text"));
    Map<String, Object> expected = (Map<String, Object>) c.get("expected");
    TwitterTextParseResults r = TwitterTextParser.parseTweet(text, v2());
    assertEquals(((Number) expected.get("weightedLength")).intValue(), r.weightedLength, "weightedLength");
    assertEquals(expected.get("valid"), r.isValid, "valid");
  }

  @Test
  void theChannelUsesTheEmojiAwareConfiguration() {
    // One emoji with a skin tone is two weighted characters under X's current rule, more under v2.
    String text = "\uD83D\uDE4B\uD83C\uDFFD";
    assertEquals(2, SocialChannel.weighted(text));
    assertEquals(4, TwitterTextParser.parseTweet(text, v2()).weightedLength);
  }

  private static TwitterTextConfiguration v2() {
    TwitterTextConfiguration d = TwitterTextConfiguration.getDefaultConfig();
    return new TwitterTextConfiguration.Builder()
        .setVersion(2)
        .setMaxWeightedTweetLength(d.getMaxWeightedTweetLength())
        .setScale(d.getScale())
        .setDefaultWeight(d.getDefaultWeight())
        .setTransformedURLLength(d.getTransformedURLLength())
        .setRanges(d.getRanges())
        .setEmojiParsingEnabled(false)
        .build();
  }
}
