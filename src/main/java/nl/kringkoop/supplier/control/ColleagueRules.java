package nl.kringkoop.supplier.control;

import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.identity.control.PasswordPolicy;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;

/** Checks a new colleague's account details, all at once. */
final class ColleagueRules {

  private ColleagueRules() {}

  static List<InvalidField> check(Colleague colleague) {
    List<InvalidField> errors = new ArrayList<>();
    if (colleague == null) {
      errors.add(new InvalidField("name", "field.required"));
      return errors;
    }
    if (colleague.name() == null || colleague.name().isBlank()) {
      errors.add(new InvalidField("name", "field.required"));
    } else if (colleague.name().strip().length() > RegistrationRules.NAME_MAX) {
      errors.add(new InvalidField("name", "field.tooLong", RegistrationRules.NAME_MAX));
    }
    String email = colleague.email() == null ? "" : colleague.email().strip();
    if (email.isEmpty()) {
      errors.add(new InvalidField("email", "field.required"));
    } else if (email.length() > RegistrationRules.EMAIL_MAX || !RegistrationRules.isEmail(email)) {
      errors.add(new InvalidField("email", "field.email"));
    }
    if (colleague.password() == null || !PasswordPolicy.acceptable(colleague.password())) {
      errors.add(
          new InvalidField(
              "password", "field.password", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
    }
    return errors;
  }
}
