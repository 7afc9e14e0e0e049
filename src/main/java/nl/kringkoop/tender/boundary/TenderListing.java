package nl.kringkoop.tender.boundary;

import java.util.List;
import nl.kringkoop.platform.paging.PageRequest;

/** One page of a tender list with what its pager needs: the page number and the total. */
public record TenderListing(List<TenderRow> items, long total, int page) {

  static final int SIZE = PageRequest.DEFAULT_SIZE;

  static TenderListing empty() {
    return new TenderListing(List.of(), 0, 0);
  }

  /** Keeps a page number from the address within what the finder can page to. */
  static int sane(int page) {
    return Math.min(Math.max(0, page), Integer.MAX_VALUE / SIZE);
  }

  public boolean isFirst() {
    return page == 0;
  }

  public boolean isLast() {
    return (long) (page + 1) * SIZE >= total;
  }

  public int getPages() {
    return (int) Math.max(1, (total + SIZE - 1) / SIZE);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }
}
