package nl.kringkoop.matching.engine;

/**
 * One factor's part in a consortium's score: its value (0 to 1), its weight, what it adds to the
 * score (value times weight divided by the sum of the weights), and why, as a message key under
 * {@code partnership.reason.} with its arguments.
 */
public record ProposalPart(
    ProposalFactor factor, double value, int weight, double contribution, Reason reason) {}
