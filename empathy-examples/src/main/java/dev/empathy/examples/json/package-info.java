/**
 * The JSON shared by every integration: strict parsing ({@link dev.empathy.examples.json.StrictJson},
 * {@link dev.empathy.examples.json.JsonInput}), the compose request fields, the output shapes of the
 * public contract ({@link dev.empathy.examples.json.ContractJson}) and the cache of {@code Empathy}
 * instances that requests share.
 */
package dev.empathy.examples.json;
