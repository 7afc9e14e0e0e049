package nl.kringkoop.cpv.control;

/** Official CPV labels of a language were imported; caches of labels are out of date. */
public record CpvLabelsImported(String locale) {}
