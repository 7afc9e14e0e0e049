package nl.kringkoop.platform.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for black-box API tests against the deployed application. */
public final class ApiClient {

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String token;
  private String language = "nl";

  public ApiClient(URL deployment) {
    String root = deployment.toString();
    this.base = URI.create(root.endsWith("/") ? root : root + "/");
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public ApiClient as(String bearerToken) {
    ApiClient copy = new ApiClient(base);
    copy.token = bearerToken;
    copy.language = language;
    return copy;
  }

  public ApiClient inLanguage(String acceptLanguage) {
    ApiClient copy = new ApiClient(base);
    copy.token = token;
    copy.language = acceptLanguage;
    return copy;
  }

  private ApiClient(URI base) {
    this.base = base;
  }

  /** Signs in through the API and returns a client that sends the token. */
  public ApiClient signedInAs(String username, String password) {
    Reply reply = post("api/v1/auth/tokens", credentials(username, password));
    if (reply.status() != 201) {
      throw new AssertionError("Sign-in of " + username + " failed: " + reply);
    }
    return as(reply.json().getString("token"));
  }

  public static String credentials(String username, String password) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("password", password)
        .build()
        .toString();
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept-Language", language);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  /** A response with helpers for JSON bodies. */
  public record Reply(int status, HttpResponse<String> response) {

    public String body() {
      return response.body();
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body()))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + body();
    }
  }
}
