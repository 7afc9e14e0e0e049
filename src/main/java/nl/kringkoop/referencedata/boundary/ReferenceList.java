package nl.kringkoop.referencedata.boundary;

/** The reference lists an administrator can load, with the message key that names each. */
public enum ReferenceList {
  CPV_LABELS("referenceData.cpv.title"),
  REGIONS("referenceData.regions.title");

  private final String titleKey;

  ReferenceList(String titleKey) {
    this.titleKey = titleKey;
  }

  public String titleKey() {
    return titleKey;
  }
}
