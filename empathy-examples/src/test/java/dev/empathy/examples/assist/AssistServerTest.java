package dev.empathy.examples.assist;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.empathy.examples.cli.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agent-assist server over real HTTP, on a free loopback port. */
class AssistServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static AssistServer server;

  @BeforeAll
  static void start() throws IOException {
    server = AssistServer.start(ServeCommand.DEFAULT_HOST, 0, new PrintStream(LOG, true, UTF_8));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void bindsToLoopbackByDefault() {
    assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
  }

  @Test
  void answersTheSampleRequestWithSignalsReviewAndASuggestionPerChannel() throws Exception {
    HttpResponse<String> r = post(CliRun.resource("/assist/sample-request.json"));

    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode body = JSON.readTree(r.body());
    // The API answers exactly what the library reads in the same message.
    String customerText = JSON.readTree(CliRun.resource("/assist/sample-request.json")).get("customerText").asText();
    assertEquals(dev.empathy.Empathy.create().analyze(customerText).primary().label(),
        body.at("/signals/primary").asText());
    assertTrue(java.util.Set.of("frustrated", "angry").contains(body.at("/signals/primary").asText()),
        "the sample customer is upset about a repeated double charge");
    assertTrue(body.at("/signals/escalation/signals").size() > 0);
    JsonNode findings = body.at("/review/findings");
    assertTrue(findings.size() > 0, "the sample draft hides behind policy and blames");
    assertTrue(body.at("/review/score").isNumber());
    for (String channel : Assist.CHANNELS) {
      JsonNode s = body.at("/suggestions/" + channel);
      assertEquals(channel, s.get("channel").asText());
      assertTrue(s.get("text").asText().contains("Dana"), channel + ": greets the customer by name");
      assertTrue(kinds(s).contains("acknowledgement"), channel);
      assertTrue(s.get("parts").size() >= 1, channel);
    }
    assertTrue(body.at("/suggestions/email/email/subject").isTextual());
  }

  @Test
  void withoutAnActionEverySuggestionMarksTheSlotInsteadOfInventingOne() throws Exception {
    JsonNode body = JSON.readTree(post("{\"customerText\":\"my refund still hasn't arrived\"}").body());

    assertTrue(body.get("review").isNull(), "no draft, no review");
    JsonNode chat = body.at("/suggestions/chat");
    assertTrue(kinds(chat).contains("action"), chat.toString());
    assertFalse(chat.get("warnings").isEmpty(), "a slot is a preview and says so: " + chat);
  }

  @Test
  void theAgentsActionIsUsedAsWritten() throws Exception {
    String action = "I’ve refunded the duplicate charge of $42.10";
    JsonNode body = JSON.readTree(post(
        JSON.createObjectNode().put("customerText", "charged twice!!").set("actions",
            JSON.createArrayNode().add(action)).toString()).body());

    assertTrue(body.at("/suggestions/chat/text").asText().contains("$42.10"), body.toString());
  }

  @Test
  void aMissingCustomerTextIsA400NamingTheField() throws Exception {
    HttpResponse<String> r = post("{\"draft\":\"Hi there\"}");

    assertEquals(400, r.statusCode());
    assertEquals("customerText", JSON.readTree(r.body()).at("/error/field").asText());
  }

  @Test
  void aBlankCustomerTextIsA400NamingTheField() throws Exception {
    HttpResponse<String> r = post("{\"customerText\":\"  \\n \"}");

    assertEquals(400, r.statusCode());
    JsonNode error = JSON.readTree(r.body()).get("error");
    assertEquals("customerText", error.get("field").asText());
    assertTrue(error.get("message").asText().startsWith("customerText"), error.toString());
  }

  @Test
  void aWrongTypeDeepInTheTimelineIsA400NamingItsPath() throws Exception {
    HttpResponse<String> r = post("{\"customerText\":\"hi\",\"timeline\":{\"within\":\"soon\"}}");

    assertEquals(400, r.statusCode());
    assertEquals("timeline.within", JSON.readTree(r.body()).at("/error/field").asText());
  }

  @Test
  void brokenJsonIsA400ForTheWholeBody() throws Exception {
    HttpResponse<String> r = post("{\"customerText\":");

    assertEquals(400, r.statusCode());
    assertEquals("$", JSON.readTree(r.body()).at("/error/field").asText());
  }

  @Test
  void aBodyOver64KbIsA413() throws Exception {
    String big = "{\"customerText\":\"" + "a".repeat(AssistServer.MAX_BODY_BYTES) + "\"}";

    assertEquals(413, post(big).statusCode());
  }

  @Test
  void aBodyOver64KbWithoutContentLengthIsA413() throws Exception {
    try (Socket socket = new Socket(server.address().getAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/assist HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
          + "Connection: close\r\n\r\n").getBytes(UTF_8));
      byte[] chunk = "x".repeat(8192).getBytes(UTF_8);
      for (int i = 0; i < 9; i++) {
        out.write(("2000\r\n").getBytes(UTF_8));
        out.write(chunk);
        out.write("\r\n".getBytes(UTF_8));
      }
      out.write("0\r\n\r\n".getBytes(UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), UTF_8);
      assertEquals("HTTP/1.1 413", status);
    }
  }

  @Test
  void aRequestForAnotherHostNameIsRefused() throws Exception {
    assertEquals("HTTP/1.1 403", rawStatus("GET / HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n"));
    assertEquals("HTTP/1.1 200", rawStatus("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n"));
  }

  private static String rawStatus(String request) throws IOException {
    try (Socket socket = new Socket(server.address().getAddress(), server.port())) {
      socket.getOutputStream().write(request.getBytes(UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readNBytes(12), UTF_8);
    }
  }

  @Test
  void getOnTheApiIsA405() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/assist")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(405, r.statusCode());
    assertEquals("POST", r.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void servesThePageAndItsFilesWithTheirContentTypes() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"assistForm\""));
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(get("/assist.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(get("/assist.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    assertEquals(200, get("/sample-response.json").statusCode());
  }

  @Test
  void nothingOutsideThePageFolderIsServed() throws Exception {
    for (String path : new String[] {
        "/../bot/script.txt", "/%2e%2e/bot/script.txt", "/..%2fbot%2fscript.txt",
        "/dev/empathy/examples/cli/Main.class", "/.hidden", "/missing.html", "/bot/script.txt"}) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(404, r.statusCode(), path);
    }
  }

  @Test
  void serveRejectsABadPort() {
    CliRun run = CliRun.of("", "serve", "--port", "http");

    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("--port"), run.stderr());
  }

  private static java.util.Set<String> kinds(JsonNode suggestion) {
    java.util.Set<String> kinds = new java.util.HashSet<>();
    suggestion.get("blocks").forEach(b -> kinds.add(b.get("kind").asText()));
    return kinds;
  }

  private static HttpResponse<String> post(String body) throws Exception {
    // A new client per request: a pooled connection the server closed after an earlier 413
    // must not be reused.
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(uri("/api/assist"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
