package nl.kringkoop.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorPageServletTest {

  @Test
  void escapesEverythingThatCouldBreakOutOfHtml() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
        ErrorPageServlet.html("<script>alert(\"x\" & 'y')</script>"));
    assertEquals("Pagina niet gevonden", ErrorPageServlet.html("Pagina niet gevonden"));
  }
}
