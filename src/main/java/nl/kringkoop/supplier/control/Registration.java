package nl.kringkoop.supplier.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.kringkoop.platform.money.Money;

/**
 * What a firm fills in to register, as the API body and the web form both deliver it. A plain
 * carrier with public fields: every check happens in {@link RegistrationRules}, so that all
 * mistakes are reported together.
 */
public class Registration {

  /** For a change: the profile version the editor started from. Ignored on registration. */
  public Long version;

  public String kvkNumber;
  public String name;
  public String contactName;
  public String email;
  public String password;
  public String phone;
  public String street;
  public String postcode;
  public String city;
  public String municipalityCode;
  public Integer employees;
  public Money annualTurnover;
  public Boolean socialEnterprise;
  public Boolean csoRegistered;
  public String psoLevel;
  public BigDecimal targetGroupPercent;
  public List<CertificationEntry> certifications;
  public List<ReferenceEntry> references;
  public List<String> cpvCodes;
  public List<String> rStrategies;
  public String serviceArea;
  public String description;
  public Money maxContractValue;
  public LocalDate availableFrom;
  public LocalDate availableUntil;

  /** One certificate as written: kind, a name for OTHER, a level for the CO2 ladder, expiry. */
  public static class CertificationEntry {
    public String kind;
    public String name;
    public Integer level;
    public LocalDate expiresOn;

    public CertificationEntry() {}

    public CertificationEntry(String kind, String name, Integer level, LocalDate expiresOn) {
      this.kind = kind;
      this.name = name;
      this.level = level;
      this.expiresOn = expiresOn;
    }
  }

  /** A past project: buyer, year, value, CPV code and what was circular about it. */
  public static class ReferenceEntry {
    public String buyer;
    public Integer year;
    public Money value;
    public String cpvCode;
    public String circularAspect;

    public ReferenceEntry() {}

    public ReferenceEntry(
        String buyer, Integer year, Money value, String cpvCode, String circularAspect) {
      this.buyer = buyer;
      this.year = year;
      this.value = value;
      this.cpvCode = cpvCode;
      this.circularAspect = circularAspect;
    }
  }
}
