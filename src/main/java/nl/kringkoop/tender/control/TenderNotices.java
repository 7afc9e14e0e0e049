package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;

/** Tells participants what happened to a tender (filled in when notifications land). */
@ApplicationScoped
public class TenderNotices {

  public void published(Tender tender) {}

  public void phaseChanged(Tender tender, List<TenderResponse> responses) {}

  public void cancelled(Tender tender, List<TenderResponse> responses) {}

  public void questionAsked(Tender tender) {}

  public void answersPublished(Tender tender, int count, java.util.Set<Long> participants) {}

  public void awardIntended(Tender tender, List<TenderResponse> responses) {}

  public void complaintFiled(Tender tender) {}
}
