package nl.kringkoop.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeTest {

  @Test
  void missingListsAreEmptyAndMissingArgumentsAreEmptyText() {
    List<String> args = new ArrayList<>();
    args.add(null);
    Notice notice = new Notice(null, "notification.tender.awarded", args, null, null);

    assertEquals(Set.of(), notice.organisationIds());
    assertEquals(List.of(""), notice.args());
  }

  @Test
  void aNoticeAboutATenderKeepsItsTenderAndLink() {
    Notice notice =
        Notice.about(
            5, Set.of(7L), "notification.tender.published", "/supplier/tender.xhtml?id=5", "T");

    assertEquals(5L, notice.tenderId());
    assertEquals("/supplier/tender.xhtml?id=5", notice.link());
    assertEquals(List.of("T"), notice.args());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://elsewhere.example/x",
        "//elsewhere.example/x",
        "supplier/tender.xhtml",
        "/\\elsewhere.example",
        "/a b"
      })
  void linksLeadOnlyIntoTheApplication(String link) {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Notice(Set.of(1L), "notification.tender.awarded", List.of(), link, null));
  }

  @Test
  void aNoticeNeedsAMessageKey() {
    assertThrows(
        IllegalArgumentException.class, () -> new Notice(Set.of(1L), " ", List.of(), null, null));
  }
}
