package nl.kringkoop.tender.control;

/**
 * Fired inside the transaction that publishes a tender, so that what follows from it (inviting
 * firms) is stored with the publication or not at all.
 */
public record TenderPublished(long tenderId) {}
