package nl.kringkoop.matching.engine;

/**
 * One factor's part in a score: its value (0 to 1), its weight in the policy, what it adds to the
 * score (value times weight divided by the sum of the applicable weights), and why.
 */
public record Contribution(
    Factor factor, double value, int weight, double contribution, Reason reason) {}
