/**
 * The bundled channels of the Empathy SDK (chat, email, public social, SMS and voice), provided to
 * {@link dev.empathy.channel.Channels} through the {@link dev.empathy.channel.Channel} service.
 * Requiring the module is all it takes: {@code Channels.require("sms")} then finds the SMS channel.
 *
 * <pre>{@code
 * module my.helpdesk {
 *   requires dev.empathy.channels;
 * }
 * }</pre>
 *
 * <p>{@code dev.empathy.channels.fit} (fitting text to a limit) is support code shared by the
 * channels and is not exported.
 */
module dev.empathy.channels {
  requires transitive dev.empathy.core;
  requires com.google.common;
  requires com.ibm.icu;
  requires owasp.encoder;
  // twitter-text 3.1.0 names no module; its automatic name comes from the jar's file name.
  requires twitter.text;

  exports dev.empathy.channels.chat;
  exports dev.empathy.channels.email;
  exports dev.empathy.channels.sms;
  exports dev.empathy.channels.social;
  exports dev.empathy.channels.voice;

  provides dev.empathy.channel.Channel with
      dev.empathy.channels.chat.ChatChannel,
      dev.empathy.channels.email.EmailChannel,
      dev.empathy.channels.sms.SmsChannel,
      dev.empathy.channels.social.SocialChannel,
      dev.empathy.channels.voice.VoiceChannel;
}
