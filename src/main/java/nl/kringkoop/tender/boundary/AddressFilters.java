package nl.kringkoop.tender.boundary;

/**
 * The filters a tender list reads from its address (phase, words in the title, page number), so
 * that every page of results can be linked to and bookmarked.
 */
abstract class AddressFilters {

  static final int WORDS_MAX = 200;

  protected String status;
  protected String q;
  protected int page;

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getQ() {
    return q;
  }

  /** Keeps at most the first 200 characters of what was typed. */
  public void setQ(String q) {
    String written = q == null ? null : q.strip();
    this.q =
        written == null || written.length() <= WORDS_MAX
            ? written
            : written.substring(0, WORDS_MAX);
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
