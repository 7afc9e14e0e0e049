package nl.kringkoop.supplier.control;

/** Fired after a bulk import stored its rows, for indexes that follow the registry as a whole. */
public record SuppliersImported(int imported, int updated) {}
