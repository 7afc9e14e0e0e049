package nl.kringkoop.supplier.control;

/**
 * Fired after a supplier's profile changed or was removed, so that indexes (matching, search) can
 * follow without the registry knowing them.
 */
public record SupplierChanged(long organisationId) {}
