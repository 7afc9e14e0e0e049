package nl.kringkoop.supplier.control;

/**
 * What an administrator has checked about a firm, as the API body and the admin page deliver it:
 * the KVK registration, and the social enterprise claim (only for firms that make it). {@code
 * version} is optional; when given, a profile changed meanwhile is a conflict.
 */
public class VerificationChange {

  public Boolean kvkChecked;
  public Boolean socialEnterpriseChecked;
  public Long version;

  public VerificationChange() {}

  public VerificationChange(boolean kvkChecked, boolean socialEnterpriseChecked, Long version) {
    this.kvkChecked = kvkChecked;
    this.socialEnterpriseChecked = socialEnterpriseChecked;
    this.version = version;
  }
}
