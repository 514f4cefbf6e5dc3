package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One language's clause data, {@code clauses_<language>.properties}: read once per language per
 * JVM, on first use, and shared by every class of the package that reads it (the person turn,
 * the note forms, the echo, the tone...). The {@link Properties} handed out are read-only (a
 * change throws {@link UnsupportedOperationException}) and safe to read from any thread.
 *
 * <pre>{@code
 * Properties en = ClauseData.of("en");
 * en.getProperty("situation.subject", "");   // the English data's value
 * ClauseData.has("xx");                       // false: no file, and ClauseData.of("xx") is empty
 * ClauseData.words(en, Locale.ENGLISH, "subjects", "verbs");   // both lists' words, lower-cased
 * ClauseData.shared(BY_LANGUAGE, Locale.GERMAN, NounCapitals::new);   // NounCapitals.forLocale: one per language
 * }</pre>
 */
final class ClauseData {
  private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Properties NONE = new ReadOnly(new Properties());
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();

  private ClauseData() {}

  /** The data of {@code language} (an ISO 639 code: "en", "pt"), empty when it has no file. */
  static Properties of(String language) {
    return BY_LANGUAGE.computeIfAbsent(language, ClauseData::load);
  }

  /** Whether {@code language} has a clause data file. */
  static boolean has(String language) {
    return of(language) != NONE;
  }

  /**
   * The one instance of a reader of clause data ({@code make}: its constructor from the locale and
   * the data) for {@code locale}'s language, made on first use and kept in {@code byLanguage}.
   */
  static <T> T shared(Map<String, T> byLanguage, Locale locale, BiFunction<Locale, Properties, T> make) {
    return byLanguage.computeIfAbsent(locale.getLanguage(), language -> make.apply(Locale.forLanguageTag(language), of(language)));
  }

  /**
   * The words of the comma-separated lists at {@code keys} of {@code data}, trimmed and
   * lower-cased in {@code locale}, in the order written, each once; empty entries and missing keys
   * give none.
   */
  static ImmutableSet<String> words(Properties data, Locale locale, String... keys) {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String key : keys) {
      for (String word : LIST.split(data.getProperty(key, ""))) {
        words.add(word.toLowerCase(locale));
      }
    }
    return words.build();
  }

  /** The resource path of {@code language}'s data, as error messages name it. */
  static String path(String language) {
    return "/dev/empathy/compose/clauses_" + language + ".properties";
  }

  private static Properties load(String language) {
    String path = path(language);
    try (InputStream in = ClauseData.class.getResourceAsStream(path)) {
      if (in == null) {
        return NONE;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new ReadOnly(p);
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /**
   * Properties that refuse every change once filled: one instance is read by many classes and
   * threads. Reads go to the table {@link Properties} keeps (a concurrent map), as before.
   */
  private static final class ReadOnly extends Properties {
    private static final long serialVersionUID = 1L;

    ReadOnly(Properties loaded) {
      super.putAll(loaded);
    }

    private static UnsupportedOperationException readOnly() {
      return new UnsupportedOperationException("clause data is read-only: it is shared by every reader of the language");
    }

    @Override
    public Object setProperty(String key, String value) {
      throw readOnly();
    }

    @Override
    public void load(java.io.Reader reader) {
      throw readOnly();
    }

    @Override
    public void load(InputStream in) {
      throw readOnly();
    }

    @Override
    public void loadFromXML(InputStream in) {
      throw readOnly();
    }

    @Override
    public Object put(Object key, Object value) {
      throw readOnly();
    }

    @Override
    public void putAll(Map<?, ?> t) {
      throw readOnly();
    }

    @Override
    public Object remove(Object key) {
      throw readOnly();
    }

    @Override
    public boolean remove(Object key, Object value) {
      throw readOnly();
    }

    @Override
    public void clear() {
      throw readOnly();
    }

    @Override
    public Object putIfAbsent(Object key, Object value) {
      throw readOnly();
    }

    @Override
    public boolean replace(Object key, Object oldValue, Object newValue) {
      throw readOnly();
    }

    @Override
    public Object replace(Object key, Object value) {
      throw readOnly();
    }

    @Override
    public void replaceAll(BiFunction<? super Object, ? super Object, ?> function) {
      throw readOnly();
    }

    @Override
    public Object computeIfAbsent(Object key, Function<? super Object, ?> mappingFunction) {
      throw readOnly();
    }

    @Override
    public Object computeIfPresent(Object key, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
      throw readOnly();
    }

    @Override
    public Object compute(Object key, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
      throw readOnly();
    }

    @Override
    public Object merge(Object key, Object value, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
      throw readOnly();
    }

    @Override
    public Set<Object> keySet() {
      return Collections.unmodifiableSet(super.keySet());
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
      return Collections.unmodifiableSet(super.entrySet());
    }

    @Override
    public Collection<Object> values() {
      return Collections.unmodifiableCollection(super.values());
    }
  }
}
