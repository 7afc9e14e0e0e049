package nl.kringkoop.matching.engine;

/** How far from its own place a firm works. */
public enum Reach {
  MUNICIPALITY(3),
  REGION(2),
  PROVINCE(1),
  NATIONAL(0);

  private final int nearnessNeeded;

  Reach(int nearnessNeeded) {
    this.nearnessNeeded = nearnessNeeded;
  }

  public boolean covers(Place home, Place work) {
    return home.nearness(work) >= nearnessNeeded;
  }
}
