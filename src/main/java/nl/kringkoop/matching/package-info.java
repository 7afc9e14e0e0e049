/**
 * Matching: ranks suppliers for a need and proposes partnerships. {@code engine} is plain Java with
 * no container dependencies, so it is unit-tested and benchmarked on its own; boundary and control
 * feed it from the registry and expose it.
 */
package nl.kringkoop.matching;
