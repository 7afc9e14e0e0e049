package nl.kringkoop.supplier.control;

/** A colleague to give an account: name, email address (the sign-in name) and first password. */
public record Colleague(String name, String email, String password) {}
