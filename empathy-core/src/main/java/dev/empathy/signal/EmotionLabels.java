package dev.empathy.signal;

import dev.empathy.Emotion;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Feeling labels that are not ours, per language, and the emotion each is acknowledged as (data:
 * {@code emotion-labels.tsv}). English rows count for every language. Immutable and thread-safe.
 */
final class EmotionLabels {
  private static final Map<String, Emotion> BY_KEY = load();

  private EmotionLabels() {}

  private static Map<String, Emotion> load() {
    Map<String, Emotion> out = new HashMap<>();
    for (String row : Lexicon.lines("emotion-labels.tsv", false)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f.length != 3 || out.put(f[0] + "\t" + key(f[1]), Emotion.fromLabel(f[2])) != null) {
        throw new IllegalStateException("emotion-labels.tsv: expected one language<TAB>label<TAB>emotion row per label: " + row);
      }
    }
    return Map.copyOf(out);
  }

  /** A label as looked up: case-folded, "_" and "-" read as a space, spaces collapsed. */
  static String key(String label) {
    return label.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').strip().replaceAll("\\s+", " ");
  }

  /** The emotion listed for {@code key} in language {@code tag} ("pt_BR" reads "pt"), then in English; or null. */
  static Emotion find(String tag, String key) {
    String language = tag.split("[_-]")[0];
    Emotion e = BY_KEY.get(language + "\t" + key);
    return e != null ? e : BY_KEY.get("en\t" + key);
  }
}
