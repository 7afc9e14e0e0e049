package nl.kringkoop.reporting.control;

import java.time.Instant;

/**
 * How one tender ended in a contract: the days from publication to the first contract's signing
 * (the promise of Rapid Circulair Contracting is weeks, not months), the responses it drew and how
 * many of them came from SMEs (firms, or consortium leads, that are not large).
 */
public record TenderOutcome(
    long tenderId,
    String title,
    Instant publishedAt,
    Instant signedAt,
    long days,
    int responses,
    int smeResponses) {}
