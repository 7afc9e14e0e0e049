package nl.kringkoop.supplier.control;

/**
 * Fired after a firm registered, or its profile or verification changed, or it was removed, so that
 * indexes (matching) can follow without the registry knowing them. The bulk import fires no event
 * per row but {@link SuppliersImported} once it is done.
 */
public record SupplierChanged(long organisationId) {}
