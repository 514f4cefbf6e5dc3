/**
 * The Empathy SDK core: listen to a customer's message ({@link dev.empathy.signal}), compose an
 * empathetic reply from blocks ({@link dev.empathy.compose}) with localised phrasebooks ({@link
 * dev.empathy.phrase}), review an agent's draft ({@link dev.empathy.review}), and render for a
 * medium through the {@link dev.empathy.channel.Channel} service-provider interface.
 *
 * <pre>{@code
 * module my.helpdesk {
 *   requires dev.empathy.core;
 *   requires dev.empathy.channels; // chat, email, social, sms, voice; found with ServiceLoader
 * }
 * }</pre>
 *
 * <p>Guava is an implementation detail (no Guava type in any public signature); ICU4J is read
 * transitively because {@link dev.empathy.phrase.Phrasebook} names ICU locales.
 */
module dev.empathy.core {
  requires com.google.common;
  requires transitive com.ibm.icu;

  exports dev.empathy;
  exports dev.empathy.channel;
  exports dev.empathy.compose;
  exports dev.empathy.phrase;
  exports dev.empathy.review;
  exports dev.empathy.signal;
  exports dev.empathy.text;

  uses dev.empathy.channel.Channel;
}
