package org.mlready.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests: keeps cookies, does not follow redirects, finds CSRF tokens in pages. */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public String location() {
            return headers.firstValue("Location").orElse("");
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public WebClient(int port) {
        this("http://localhost:" + port);
    }

    public WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public CookieManager cookies() {
        return cookies;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/html"));
    }

    public Response getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json"));
    }

    /** Posts a form with the CSRF token taken from {@code tokenPage} (a page the client can open). */
    public Response postForm(String path, String tokenPage, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken(tokenPage));
        return postFormRaw(path, all, Map.of());
    }

    public Response postHtmx(String path, String tokenPage, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken(tokenPage));
        return postFormRaw(path, all, Map.of("HX-Request", "true"));
    }

    public Response postFormRaw(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html");
        headers.forEach(request::header);
        return send(request);
    }

    /** A file to upload in a multipart form. */
    public record Upload(String field, String filename, String contentType, byte[] content) {
    }

    /**
     * Posts a multipart form (fields and files) with the CSRF token taken from {@code tokenPage}, sent as a form field
     * as the {@code _csrf} field.
     */
    public Response postMultipart(String path, String tokenPage, Map<String, String> fields, List<Upload> files) {
        String boundary = "----mlready" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken(tokenPage));
        try {
            for (Map.Entry<String, String> field : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Upload file : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                        + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType()
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file.content());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html"));
    }

    /** The raw bytes of a download, with its headers. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public String csrfToken(String page) {
        Response response = get(page);
        Matcher matcher = CSRF.matcher(response.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on " + page + " (status " + response.status() + ")");
        }
        return matcher.group(1);
    }

    public Response signUp(String email, String name, String password) {
        return postForm("/signup", "/signup", Map.of("email", email, "displayName", name, "password", password));
    }

    public Response logIn(String email, String password) {
        return postForm("/login", "/login", Map.of("email", email, "password", password));
    }

    /** A JSON call authenticated with HTTP Basic, as a script would make it (no cookies kept). */
    public Response api(String method, String path, String json, String email, String password) {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (email != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
