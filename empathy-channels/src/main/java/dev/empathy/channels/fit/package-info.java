/**
 * Fitting text to a medium's limit under any counting rule (graphemes, UTF-16 units, GSM-7
 * septets, X's weighted length), shared by the bundled channels: cut at a word boundary, split at
 * sentence boundaries, drop lower-priority blocks first, and never cut inside a grapheme (every
 * cut position comes from {@link dev.empathy.text.Graphemes}).
 *
 * <p>Support code for the channel packages beside it, public only so they can share it; it is not
 * part of the SDK's stable API and may change between releases.
 *
 * <pre>{@code
 * String post = Cuts.shorten(text, Cuts.GRAPHEMES, 280, "…", Locale.US);
 * }</pre>
 */
package dev.empathy.channels.fit;
