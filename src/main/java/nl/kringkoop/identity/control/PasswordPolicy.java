package nl.kringkoop.identity.control;

/**
 * What a new password must be. Length is the rule that matters (NIST SP 800-63B); composition rules
 * only make passwords harder to remember.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static boolean acceptable(String password) {
    if (password == null) {
      return false;
    }
    int length = password.codePointCount(0, password.length());
    return length >= MIN_LENGTH && length <= MAX_LENGTH && !password.isBlank();
  }
}
