package dev.empathy.phrase;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * One entry of the phrase-key catalogue: the key, the arguments its patterns may use, and what it
 * is for. The catalogue is data ({@code dev/empathy/phrase/keys.tsv}); every bundled locale and
 * every brand override is checked against it.
 *
 * <pre>{@code
 * for (PhraseKey k : Phrasebook.catalogue()) {
 *   System.out.println(k.key() + " " + k.arguments());
 * }
 * }</pre>
 *
 * @param key the key, e.g. {@code ack.frustrated}
 * @param arguments the argument names its patterns may reference
 * @param description one line on where the phrase is used
 * @param raw true when the value is plain data (a word list), not a MessageFormat pattern
 */
public record PhraseKey(String key, Set<String> arguments, String description, boolean raw) {
  /**
   * Copies {@code arguments} into an immutable set.
   *
   * @param key the key, e.g. {@code ack.frustrated}
   * @param arguments the argument names its patterns may reference
   * @param description one line on where the phrase is used
   * @param raw true when the value is plain data (a word list), not a MessageFormat pattern
   */
  public PhraseKey {
    arguments = ImmutableSet.copyOf(arguments);
  }
}
