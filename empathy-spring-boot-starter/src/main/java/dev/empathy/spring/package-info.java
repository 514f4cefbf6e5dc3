/**
 * Spring Boot auto-configuration for the Empathy SDK: an {@code Empathy} bean from {@code
 * empathy.*} properties, Micrometer metrics through the core's {@code EmpathyObserver} hook, and
 * an Actuator info contributor.
 */
package dev.empathy.spring;
