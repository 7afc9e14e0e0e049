package nl.kringkoop.platform.persistence;

/** Fired once per start after Flyway has brought the schema up to date. */
public record SchemaMigrated() {}
