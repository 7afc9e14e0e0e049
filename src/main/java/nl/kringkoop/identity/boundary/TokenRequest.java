package nl.kringkoop.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/auth/tokens}. A class rather than a record: Payara's OpenAPI scanner
 * fails on validation annotations on record components.
 */
public class TokenRequest {

  @NotBlank
  @Size(max = 100)
  private String username;

  @NotBlank
  @Size(max = 200)
  private String password;

  public TokenRequest() {}

  public TokenRequest(String username, String password) {
    this.username = username;
    this.password = password;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
