package dev.empathy.examples.bot;

import dev.empathy.Empathy;
import dev.empathy.channel.Channel;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import dev.empathy.signal.Signals;
import java.util.ArrayList;
import java.util.List;

/**
 * One chat conversation as a bot holds it: a conversation id and a turn counter, and for each
 * customer line the signals, the composed reply and its chat bubbles. Because the phrase variants
 * are picked from (conversation, turn), consecutive replies never open with the same words.
 *
 * <pre>{@code
 * ChatBot bot = new ChatBot(Empathy.create(), "conv-42");
 * ChatBot.Turn t = bot.answer("you lot are useless, third time I'm asking");
 * t.bubbles();   // the acknowledgement, a respectful boundary, the marked action slot
 * }</pre>
 *
 * <p>The bot cannot know what to do about the customer's problem, so every reply carries the
 * composer's marked action slot for the human (or the bot's own back end) to fill: the library
 * never invents a resolution. A conversation is greeted once: later turns leave the greeting out.
 * Not thread-safe: one instance per conversation.
 */
public final class ChatBot {
  /** One answered line. */
  public record Turn(int number, Signals signals, Reply reply, List<String> bubbles) {}

  private static final RenderOptions CONSOLE = RenderOptions.builder().flavor("messenger").build(); // plain text, no markup

  private final Empathy empathy;
  private final String conversationId;
  private final Channel chat = Channels.require("chat");
  private int turn;

  public ChatBot(Empathy empathy, String conversationId) {
    this.empathy = empathy;
    this.conversationId = conversationId;
  }

  public String conversationId() {
    return conversationId;
  }

  /**
   * Analyses one customer line and composes the chat reply for it.
   *
   * @throws dev.empathy.InvalidInputException naming {@code text} when the line is blank
   */
  public Turn answer(String customerLine) {
    Signals signals = empathy.analyze(customerLine);
    Reply reply =
        empathy.compose()
            .conversation(conversationId, turn)
            .acknowledge(signals)
            .actionSlot()
            .closing(false)
            .build();
    Rendered rendered = chat.render(reply, CONSOLE);
    List<String> bubbles = turn == 0 ? rendered.parts() : withoutGreeting(reply, rendered.parts());
    return new Turn(turn++, signals, reply, bubbles);
  }

  /**
   * Drops the greeting from the first bubble (and the bubble itself when nothing else is in it).
   * The channel may change the greeting's punctuation ("Hi there," becomes "Hi there!"), so the
   * words are matched and any punctuation after them goes too.
   */
  private static List<String> withoutGreeting(Reply reply, List<String> parts) {
    String words = reply.block(BlockKind.GREETING).map(Block::text).orElse("").replaceAll("[\\p{Punct}\\s]+$", "");
    List<String> out = new ArrayList<>(parts);
    if (words.isEmpty() || out.isEmpty() || !out.get(0).startsWith(words)) {
      return out;
    }
    String rest = out.get(0).substring(words.length()).replaceFirst("^[\\p{Punct}\\s]+", "");
    if (rest.isEmpty()) {
      out.remove(0);
    } else {
      out.set(0, rest);
    }
    return out;
  }
}
