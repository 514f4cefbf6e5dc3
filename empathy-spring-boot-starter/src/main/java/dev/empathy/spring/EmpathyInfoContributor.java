package dev.empathy.spring;

import com.ibm.icu.util.ULocale;
import dev.empathy.Empathy;
import dev.empathy.channel.Channel;
import dev.empathy.channel.Channels;
import dev.empathy.phrase.Phrasebook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * {@code /actuator/info} → {@code "empathy"}: the configured locale and register, the languages
 * the phrasebooks cover, and each installed channel with its flavours.
 *
 * <pre>{@code
 * "empathy": {"locale": "en-GB", "register": "formal",
 *             "languages": ["en", "en-US", "en-GB", "es", "fr", "de", "pt-BR", "ja"],
 *             "channels": {"chat": ["web", "slack", …], "email": ["html", "text"], …}}
 * }</pre>
 */
public class EmpathyInfoContributor implements InfoContributor {
  private final Empathy empathy;

  /**
   * Reports on {@code empathy}.
   *
   * @param empathy the instance whose locale, register, languages and channels are reported
   */
  public EmpathyInfoContributor(Empathy empathy) {
    this.empathy = empathy;
  }

  @Override
  public void contribute(Info.Builder builder) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("locale", empathy.replyLocale().toLanguageTag());
    details.put("register", empathy.register().name().toLowerCase(java.util.Locale.ROOT));
    details.put("languages", Phrasebook.SUPPORTED.stream().map(ULocale::toLanguageTag).toList());
    Map<String, List<String>> channels = new LinkedHashMap<>();
    for (String id : Channels.ids()) {
      Channel c = Channels.require(id);
      channels.put(id, c.flavors());
    }
    details.put("channels", channels);
    builder.withDetail("empathy", details);
  }
}
