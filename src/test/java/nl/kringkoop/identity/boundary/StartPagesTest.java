package nl.kringkoop.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StartPagesTest {

  private static final String FALLBACK = StartPages.OFFICER;

  @ParameterizedTest
  @ValueSource(strings = {"/officer/index.xhtml", "/supplier/index.xhtml?x=1"})
  void followsPathsInsideTheApplication(String next) {
    assertEquals(next, StartPages.safeReturn(next, FALLBACK));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
        "officer/index.xhtml", "/login.xhtml?next=/x", "/api/v1/me", "/x\r\nSet-Cookie: a=b"
      })
  void ignoresEverythingElse(String next) {
    assertEquals(FALLBACK, StartPages.safeReturn(next, FALLBACK));
  }

  @ParameterizedTest
  @CsvSource({
    "ADMIN,/admin/index.xhtml",
    "OFFICER,/officer/index.xhtml",
    "ANALYST,/analyst/index.xhtml",
    "SUPPLIER,/supplier/index.xhtml"
  })
  void eachRoleHasAStartPage(String role, String page) {
    assertEquals(page, StartPages.forRoles(Set.of(role)));
  }

  @Test
  void withoutARoleTheVisitorStaysOnThePublicPage() {
    assertEquals(StartPages.PUBLIC, StartPages.forRoles(Set.of()));
  }
}
