package nl.kringkoop.matching.engine;

/** A firm a knock-out condition of the need keeps out of the ranking, and why. */
public record Exclusion(long supplierId, Reason reason) {}
