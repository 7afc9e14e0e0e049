package nl.kringkoop.tender.entity;

/** A supplier's short entry: vision, expertise, innovation and references, in its own words. */
public record EntryPitch(String vision, String expertise, String innovation, String references) {}
