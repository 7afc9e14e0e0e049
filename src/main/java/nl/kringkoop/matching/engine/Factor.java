package nl.kringkoop.matching.engine;

/** What a match score is made of; each factor has a value from 0 to 1 and a policy weight. */
public enum Factor {
  CAPABILITY,
  CIRCULARITY,
  LOCALITY,
  CAPACITY,
  SOCIAL_VALUE,
  CERTIFICATION,
  TRACK_RECORD,
  VERIFICATION
}
