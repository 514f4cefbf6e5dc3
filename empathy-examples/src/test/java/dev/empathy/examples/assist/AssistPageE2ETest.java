package dev.empathy.examples.assist;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the agent-assist page in Debian's headless Chromium through chromedriver's W3C WebDriver
 * protocol (plain HTTP and JSON, so no browser-automation dependency and no downloads): type a
 * message and a draft, see the highlights, apply a rewrite, see the score rise. A screenshot is
 * kept in {@code target/e2e/}.
 *
 * <p>Runs in the {@code e2e} Maven profile, which is active where {@code /usr/bin/chromedriver}
 * exists; {@code .ci/run} installs it and checks this test ran.
 */
class AssistPageE2ETest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static AssistServer server;
  private static Process driver;
  private static String driverUrl;
  private static String session;

  @BeforeAll
  static void start() throws Exception {
    server = AssistServer.start("127.0.0.1", 0, new PrintStream(System.err, true, UTF_8));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    driver = new ProcessBuilder("/usr/bin/chromedriver", "--port=" + port)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    driverUrl = "http://127.0.0.1:" + port;
    waitUntil(() -> {
      try {
        return get("/status").path("value").path("ready").asBoolean(false);
      } catch (IOException e) {
        return false;
      }
    }, "chromedriver did not start");
    ObjectNode caps = JSON.createObjectNode();
    ObjectNode chrome = caps.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome")
        .putObject("goog:chromeOptions");
    chrome.put("binary", "/usr/bin/chromium");
    Path profile = Files.createTempDirectory("assist-e2e");
    var args = chrome.putArray("args");
    for (String a : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile)) {
      args.add(a);
    }
    session = post("/session", caps).path("value").path("sessionId").asText();
    assertFalse(session.isEmpty(), "no WebDriver session");
  }

  @AfterAll
  static void stop() throws Exception {
    if (session != null) {
      send("DELETE", "/session/" + session, null);
    }
    if (driver != null) {
      driver.destroy();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void typeHighlightApplyAndWatchTheScoreRise() throws Exception {
    navigate("http://127.0.0.1:" + server.port() + "/");
    type("#customerText", "This is the THIRD time I'm writing about the double charge!!! Fix it or I'm cancelling my account.");
    type("#draft", "Per our policy refunds take 10 days. Mistakes were made and it will be looked into soon.");
    type("#customer", "Dana");
    click("#analyze");

    waitUntil(() -> count("#findings .finding") > 0, "no friction findings appeared");
    waitUntil(() -> !text("#score").isBlank(), "no score appeared");
    assertTrue(count("#signals mark") > 0, "customer evidence is highlighted");
    assertTrue(count("#draftView mark") > 0, "draft findings are highlighted inline");
    int before = Integer.parseInt(text("#score").strip());
    int findingsBefore = count("#findings .finding");

    screenshot("assist-before.png");
    // Apply rewrites one at a time until the score rises (each apply re-runs the review).
    int after = before;
    for (int i = 0; i < findingsBefore && after <= before; i++) {
      String oldScore = text("#score");
      String oldDraft = value("#draft");
      int oldFindings = count("#findings .finding");
      click("#findings .finding .apply");
      waitUntil(() -> !value("#draft").equals(oldDraft), "the rewrite was not applied to the draft");
      waitUntil(() -> !text("#score").equals(oldScore) || count("#findings .finding") != oldFindings,
          "the review did not re-run");
      after = Integer.parseInt(text("#score").strip());
    }
    screenshot("assist-after.png");
    assertTrue(after > before, "score rose after applying rewrites: " + before + " -> " + after);
    assertFalse(value("#draft").contains("Per our policy") && value("#draft").contains("Mistakes were made"),
        "a rewrite was applied to the draft");
    String draft = value("#draft").toLowerCase(java.util.Locale.ROOT);
    assertEquals(draft.indexOf("take 10 days"), draft.lastIndexOf("take 10 days"),
        "a sentence-level rewrite replaces its sentence instead of duplicating it: " + draft);
    assertTrue(text("#suggestions").contains("Dana"), "per-channel suggestions are shown");
  }

  // --- a minimal W3C WebDriver client ---

  private static void navigate(String url) throws IOException {
    post("/session/" + session + "/url", JSON.createObjectNode().put("url", url));
  }

  private static String find(String css) throws IOException {
    ObjectNode q = JSON.createObjectNode().put("using", "css selector").put("value", css);
    JsonNode v = post("/session/" + session + "/element", q).path("value");
    if (!v.has(ELEMENT)) {
      throw new AssertionError("no element " + css + ": " + v);
    }
    return v.get(ELEMENT).asText();
  }

  private static int count(String css) {
    try {
      ObjectNode q = JSON.createObjectNode().put("using", "css selector").put("value", css);
      return post("/session/" + session + "/elements", q).path("value").size();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void type(String css, String text) throws IOException {
    post("/session/" + session + "/element/" + find(css) + "/value", JSON.createObjectNode().put("text", text));
  }

  private static void click(String css) throws IOException {
    post("/session/" + session + "/element/" + find(css) + "/click", JSON.createObjectNode());
  }

  private static String text(String css) {
    try {
      return get("/session/" + session + "/element/" + find(css) + "/text").path("value").asText();
    } catch (IOException e) {
      return "";
    }
  }

  private static String value(String css) {
    try {
      return get("/session/" + session + "/element/" + find(css) + "/property/value").path("value").asText();
    } catch (IOException e) {
      return "";
    }
  }

  private static void screenshot(String name) throws IOException {
    String png = get("/session/" + session + "/screenshot").path("value").asText();
    Path dir = Path.of("target", "e2e");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), Base64.getDecoder().decode(png));
  }

  private static JsonNode get(String path) throws IOException {
    return send("GET", path, null);
  }

  private static JsonNode post(String path, JsonNode body) throws IOException {
    return send("POST", path, body);
  }

  private static JsonNode send(String method, String path, JsonNode body) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(driverUrl + path)).timeout(Duration.ofSeconds(60));
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), UTF_8));
    b.header("Content-Type", "application/json");
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
      return JSON.readTree(r.body().isEmpty() ? "{}" : r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static void waitUntil(Supplier<Boolean> condition, String message) throws InterruptedException {
    // A bounded poll for the page's asynchronous updates; not a timing assertion.
    for (int i = 0; i < 300; i++) {
      if (condition.get()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(message);
  }
}
